import type { ApiError } from '../api/apiError';
import type { ImportVariables, UploadProgress } from '../api/dataTransferOperations';
import {
  type ColumnChoice,
  type ExportFormat,
  exportUrl,
  type ImportDefaults,
  type ImportField,
  type ImportProgress,
  type ImportReport,
  importFields,
  initialDefaults,
  type NearMatchDecision,
  withColumnField,
} from '../models/dataTransfer';
import { asApiError, createState, isAbort, type Observable } from './storeKit';

export interface ChosenFile {
  name: string;
  size: number;
  contentBase64: string;
}

export type PreviewState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'loading'; report: ImportReport | null }
  | { status: 'loaded'; report: ImportReport }
  | { status: 'failed'; error: ApiError; report: ImportReport | null };

export type RunState =
  | { status: 'idle' }
  | { status: 'running'; progress: ImportProgress }
  | { status: 'done'; report: ImportReport }
  | { status: 'failed'; error: ApiError };

export type ExportState =
  | { status: 'idle' }
  | { status: 'loading'; format: ExportFormat }
  | { status: 'done'; format: ExportFormat; fileName: string }
  | { status: 'failed'; format: ExportFormat; error: ApiError };

export interface DataTransferState {
  file: ChosenFile | null;
  /** The user's mapping; null until they change the one the server suggested. */
  mapping: ColumnChoice[] | null;
  defaults: ImportDefaults;
  decisions: Readonly<Record<number, NearMatchDecision>>;
  preview: PreviewState;
  run: RunState;
  exported: ExportState;
}

export interface DataTransferDeps {
  readFile(file: File): Promise<string>;
  preview(variables: ImportVariables, signal: AbortSignal): Promise<ImportReport>;
  run(variables: ImportVariables, progress: UploadProgress): Promise<ImportReport>;
  download(url: string): Promise<{ blob: Blob; disposition: string | null }>;
  save(blob: Blob, disposition: string | null, fallbackName: string): string;
  /** Waits before asking for a new preview after typing (tests pass 0). */
  debounceMs?: number;
  today?: () => Date;
}

export interface DataTransferStore extends Observable<DataTransferState> {
  chooseFile(file: File): Promise<void>;
  setColumnField(column: string, field: ImportField | null): void;
  setDefaults(defaults: Partial<ImportDefaults>): void;
  decide(line: number, decision: NearMatchDecision): void;
  runImport(): Promise<void>;
  exportAs(format: ExportFormat, part?: 'nodes' | 'edges'): Promise<void>;
  reset(): void;
}

/**
 * The import page's state: the chosen file, the mapping and privacy defaults (each change asks
 * the server for a new preview; an answer to an older question is dropped), the reviewer's
 * near-match decisions, the running import's progress, and the export downloads.
 */
export function createDataTransferStore(deps: DataTransferDeps): DataTransferStore {
  const fresh = (): DataTransferState => ({
    file: null,
    mapping: null,
    defaults: initialDefaults((deps.today ?? (() => new Date()))()),
    decisions: {},
    preview: { status: 'idle' },
    run: { status: 'idle' },
    exported: { status: 'idle' },
  });
  const state = createState<DataTransferState>(fresh());
  const update = (patch: Partial<DataTransferState>) => state.set({ ...state.get(), ...patch });
  let inFlight: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const variables = (s: DataTransferState): ImportVariables | null => {
    if (!s.file) return null;
    const mapping = s.mapping
      ? importFields.map((field) => ({
          field,
          column: s.mapping?.find((c) => c.field === field)?.column ?? '',
        }))
      : null;
    const { legalBasis, legalReference, purpose, retainUntil } = s.defaults;
    return {
      file: { name: s.file.name, contentBase64: s.file.contentBase64 },
      mapping,
      defaults: {
        legalBasis,
        legalReference: legalReference.trim() || null,
        purpose: purpose.trim() || null,
        retainUntil: /^\d{4}-\d{2}-\d{2}$/.test(retainUntil) ? retainUntil : null,
      },
      decisions: Object.entries(s.decisions).map(([line, decision]) => ({
        line: Number(line),
        decision,
      })),
    };
  };

  const lastReport = (preview: PreviewState) =>
    preview.status === 'loaded' || preview.status === 'loading' || preview.status === 'failed'
      ? preview.report
      : null;

  const refresh = async () => {
    clearTimeout(timer);
    const vars = variables(state.get());
    if (!vars) return;
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    update({
      preview: { status: 'loading', report: lastReport(state.get().preview) },
      run: { status: 'idle' },
    });
    try {
      const report = await deps.preview(vars, controller.signal);
      if (controller.signal.aborted) return;
      update({ preview: { status: 'loaded', report } });
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      update({
        preview: {
          status: 'failed',
          error: asApiError(error),
          report: lastReport(state.get().preview),
        },
      });
    } finally {
      if (inFlight === controller) inFlight = undefined;
    }
  };
  const refreshSoon = () => {
    clearTimeout(timer);
    const wait = deps.debounceMs ?? 400;
    if (wait === 0) void refresh();
    else timer = setTimeout(() => void refresh(), wait);
  };

  return {
    getSnapshot: state.get,
    subscribe: state.subscribe,
    async chooseFile(file) {
      inFlight?.abort();
      update({
        ...fresh(),
        defaults: state.get().defaults,
        preview: { status: 'reading' },
      });
      try {
        const contentBase64 = await deps.readFile(file);
        update({ file: { name: file.name, size: file.size, contentBase64 } });
      } catch (error) {
        update({ preview: { status: 'failed', error: asApiError(error), report: null } });
        return;
      }
      await refresh();
    },
    setColumnField(column, field) {
      const s = state.get();
      const report = lastReport(s.preview);
      const current = s.mapping ?? report?.mapping ?? [];
      update({ mapping: withColumnField(current, column, field) });
      void refresh();
    },
    setDefaults(defaults) {
      update({ defaults: { ...state.get().defaults, ...defaults } });
      refreshSoon();
    },
    decide(line, decision) {
      update({ decisions: { ...state.get().decisions, [line]: decision } });
      refreshSoon();
    },
    async runImport() {
      const vars = variables(state.get());
      if (!vars || state.get().run.status === 'running') return;
      clearTimeout(timer);
      update({ run: { status: 'running', progress: { phase: 'uploading', percent: 0 } } });
      try {
        const report = await deps.run(vars, {
          onUpload: (percent) =>
            update({ run: { status: 'running', progress: { phase: 'uploading', percent } } }),
          onSent: () => update({ run: { status: 'running', progress: { phase: 'writing' } } }),
        });
        update({ run: { status: 'done', report } });
      } catch (error) {
        update({ run: { status: 'failed', error: asApiError(error) } });
      }
    },
    async exportAs(format, part) {
      update({ exported: { status: 'loading', format } });
      try {
        const { blob, disposition } = await deps.download(exportUrl(format, part));
        const fileName = deps.save(blob, disposition, `antenne.${format}`);
        update({ exported: { status: 'done', format, fileName } });
      } catch (error) {
        update({ exported: { status: 'failed', format, error: asApiError(error) } });
      }
    },
    reset() {
      inFlight?.abort();
      clearTimeout(timer);
      state.set(fresh());
    },
  };
}
