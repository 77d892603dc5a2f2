import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiError';
import type { ImportVariables, UploadProgress } from '../api/dataTransferOperations';
import type { ImportReport } from '../models/dataTransfer';
import { sampleReport } from '../models/testImportReport';
import { createDataTransferStore } from './dataTransferStore';

const file = new File(['Naam;Mail\nJan;jan@example.nl\n'], 'leden.csv');

function setup(overrides: { preview?: (v: ImportVariables) => Promise<ImportReport> } = {}) {
  const previews: ImportVariables[] = [];
  const runs: ImportVariables[] = [];
  const phases: string[] = [];
  const store = createDataTransferStore({
    readFile: async () => 'QUJD',
    preview: async (variables) => {
      previews.push(variables);
      return overrides.preview ? overrides.preview(variables) : sampleReport;
    },
    run: async (variables, progress: UploadProgress) => {
      runs.push(variables);
      progress.onUpload(50);
      phases.push(JSON.stringify(store.getSnapshot().run));
      progress.onSent();
      phases.push(JSON.stringify(store.getSnapshot().run));
      return { ...sampleReport, committed: true };
    },
    download: async () => ({ blob: new Blob(['x']), disposition: 'filename="a.gexf"' }),
    save: (_blob, disposition) => (disposition?.includes('a.gexf') ? 'a.gexf' : 'other'),
    debounceMs: 0,
    today: () => new Date('2026-01-01T00:00:00Z'),
  });
  return { store, previews, runs, phases };
}

describe('the data transfer store', () => {
  it('reads the file and asks for a preview with the suggested mapping', async () => {
    const { store, previews } = setup();
    await store.chooseFile(file);
    expect(store.getSnapshot().preview).toEqual({ status: 'loaded', report: sampleReport });
    expect(previews[0]).toMatchObject({
      file: { name: 'leden.csv', contentBase64: 'QUJD' },
      mapping: null,
      defaults: { legalBasis: 'PUBLIC_TASK', retainUntil: '2031-12-31', purpose: null },
    });
  });

  it('sends every field once the user maps a column (empty = not read)', async () => {
    const { store, previews } = setup();
    await store.chooseFile(file);
    store.setColumnField('Mail', null);
    await Promise.resolve();
    const mapping = previews[1]?.mapping ?? [];
    expect(mapping).toContainEqual({ field: 'NAME', column: 'Naam' });
    expect(mapping).toContainEqual({ field: 'EMAIL', column: '' });
    expect(mapping).toHaveLength(15);
  });

  it('passes near-match decisions and reports the import phases', async () => {
    const { store, runs, phases } = setup();
    await store.chooseFile(file);
    store.decide(3, 'SKIP');
    await store.runImport();
    expect(runs[0]?.decisions).toEqual([{ line: 3, decision: 'SKIP' }]);
    expect(phases.map((p) => JSON.parse(p).progress.phase)).toEqual(['uploading', 'writing']);
    expect(store.getSnapshot().run).toMatchObject({ status: 'done', report: { committed: true } });
  });

  it('keeps the API error of a refused preview (e.g. not signed in)', async () => {
    const { store } = setup({
      preview: async () => {
        throw new ApiError('UNAUTHENTICATED', 'Sign in');
      },
    });
    await store.chooseFile(file);
    const preview = store.getSnapshot().preview;
    expect(preview.status === 'failed' && preview.error.code).toBe('UNAUTHENTICATED');
  });

  it('downloads an export and remembers the file name', async () => {
    const { store } = setup();
    await store.exportAs('gexf');
    expect(store.getSnapshot().exported).toEqual({
      status: 'done',
      format: 'gexf',
      fileName: 'a.gexf',
    });
  });
});
