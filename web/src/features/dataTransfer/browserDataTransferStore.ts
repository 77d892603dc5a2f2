import {
  fetchExport,
  previewImportQuery,
  requestWithProgress,
  runImportMutation,
} from '../../api/dataTransferOperations';
import { createGraphQLClient } from '../../api/graphqlClient';
import { downloadName } from '../../models/dataTransfer';
import { createDataTransferStore, type DataTransferStore } from '../../stores/dataTransferStore';

/** The file's bytes as base64 (FileReader's data URL without its `data:…;base64,` prefix). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}

/** Hands a downloaded blob to the browser as a file; returns the name it was saved as. */
function saveBlob(blob: Blob, disposition: string | null, fallbackName: string): string {
  const name = downloadName(disposition, fallbackName);
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

let store: DataTransferStore | undefined;

/** The page's store, wired to the browser; one per page load, so leaving the view keeps it. */
export function browserDataTransferStore(): DataTransferStore {
  if (store) return store;
  const client = createGraphQLClient();
  store = createDataTransferStore({
    readFile: readAsBase64,
    preview: (variables, signal) => client.request(previewImportQuery, variables, { signal }),
    run: (variables, progress) => requestWithProgress(runImportMutation, variables, progress),
    download: fetchExport,
    save: saveBlob,
  });
  return store;
}
