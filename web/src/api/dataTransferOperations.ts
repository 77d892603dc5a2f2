import { type ImportReport, parseImportReport } from '../models/dataTransfer';
import { record } from '../models/shape';
import { ApiError } from './apiError';
import { graphql } from './graphql';
import {
  dataOrThrow,
  defineOperation,
  type GraphQLOperation,
  type VariablesOfOperation,
} from './graphqlClient';

/**
 * Import and export. The file goes base64-encoded inside the JSON body (the API takes only JSON
 * POSTs, its CSRF defence), sent with XMLHttpRequest so the upload can report its progress.
 */

const ImportReportFields = graphql(`
  fragment ImportReportFields on ImportReport {
    fileName encoding delimiter columns
    suggestedMapping { field column }
    mapping { field column }
    rowCount skipped created existing invalid nearMatches problemCount
    problems { line code field message matchId matchName }
    sample { line cells outcome }
    committed elapsedMs
  }
`);

export const previewImportQuery = defineOperation(
  graphql(
    `
    query PreviewImport(
      $file: ImportFileInput!
      $mapping: [ImportColumnInput!]
      $defaults: ImportDefaultsInput
      $decisions: [NearMatchDecisionInput!]
    ) {
      previewImport(file: $file, mapping: $mapping, defaults: $defaults, decisions: $decisions) {
        ...ImportReportFields
      }
    }
  `,
    [ImportReportFields],
  ),
  (data): ImportReport => parseImportReport(record(data, 'data').previewImport, 'previewImport'),
);

export const runImportMutation = defineOperation(
  graphql(
    `
    mutation RunImport(
      $file: ImportFileInput!
      $mapping: [ImportColumnInput!]
      $defaults: ImportDefaultsInput
      $decisions: [NearMatchDecisionInput!]
    ) {
      runImport(file: $file, mapping: $mapping, defaults: $defaults, decisions: $decisions) {
        ...ImportReportFields
      }
    }
  `,
    [ImportReportFields],
  ),
  (data): ImportReport => parseImportReport(record(data, 'data').runImport, 'runImport'),
);

export type ImportVariables = VariablesOfOperation<typeof runImportMutation>;

export interface UploadProgress {
  /** 0–100 while the request body is sent. */
  onUpload(percent: number): void;
  /** Everything is sent; the server is working. */
  onSent(): void;
}

/** One GraphQL operation over XMLHttpRequest, reporting upload progress; errors as `ApiError`. */
export function requestWithProgress<Data, Variables extends Record<string, unknown>>(
  operation: GraphQLOperation<Data, Variables>,
  variables: Variables,
  progress: UploadProgress,
  signal?: AbortSignal,
  endpoint = '/graphql',
): Promise<Data> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', endpoint);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/graphql-response+json, application/json');
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) progress.onUpload((event.loaded / event.total) * 100);
    };
    xhr.upload.onload = () => progress.onSent();
    xhr.onerror = () => reject(new ApiError('NETWORK_ERROR', `could not reach ${endpoint}`));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      try {
        const data = dataOrThrow(xhr.status, body);
        try {
          resolve(operation.parse(data));
        } catch (error) {
          reject(new ApiError('INVALID_RESPONSE', `${operation.name}: ${String(error)}`));
        }
      } catch (error) {
        reject(error);
      }
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(JSON.stringify({ operationName: operation.name, query: operation.query, variables }));
  });
}

/** Downloads an export; a refusal (401/403/…) becomes the `ApiError` of its JSON body. */
export async function fetchExport(
  url: string,
): Promise<{ blob: Blob; disposition: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new ApiError('NETWORK_ERROR', `could not reach ${url}: ${String(error)}`);
  }
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    dataOrThrow(response.status, body);
    throw new ApiError('HTTP_ERROR', `HTTP ${response.status}`, response.status);
  }
  return { blob: await response.blob(), disposition: response.headers.get('content-disposition') };
}
