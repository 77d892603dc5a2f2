import { useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { canImport, type ImportReport } from '../../models/dataTransfer';
import type { DataTransferStore } from '../../stores/dataTransferStore';
import { ColumnMappingTable } from './ColumnMappingTable';
import { errorText } from './dataTransferText';
import { ExportPanel } from './ExportPanel';
import { ImportDefaultsForm } from './ImportDefaultsForm';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportReportList } from './ImportReportList';
import { NearMatchReview } from './NearMatchReview';
import './dataTransfer.css';

/**
 * Import a spreadsheet (file → mapping and preview → report → near-match decisions → import with
 * progress → result) and export the network in four formats.
 */
export function DataTransferPage({ store }: { store: DataTransferStore }) {
  const { t } = useI18n();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { preview, run } = state;
  const report: ImportReport | null =
    preview.status === 'loaded' || preview.status === 'loading' || preview.status === 'failed'
      ? preview.report
      : null;
  const running = run.status === 'running';
  const done = run.status === 'done';
  return (
    <div className="data-transfer">
      <header>
        <h1>{t('dataTransfer.title')}</h1>
        <p>{t('dataTransfer.intro')}</p>
      </header>
      <section className="data-transfer__section" aria-labelledby="import-title">
        <h2 id="import-title">{t('dataTransfer.import.title')}</h2>
        <div className="form-field">
          <label htmlFor="import-file">{t('dataTransfer.file.label')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={running}
            aria-describedby="import-file-help"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void store.chooseFile(file);
            }}
          />
          <p id="import-file-help" className="form-field__help">
            {t('dataTransfer.file.help')}
          </p>
        </div>
        <ImportDefaultsForm defaults={state.defaults} onChange={store.setDefaults} />
        <p role="status" className="muted" data-testid="preview-status">
          {preview.status === 'reading' && t('dataTransfer.reading')}
          {preview.status === 'loading' && t('dataTransfer.previewing')}
        </p>
        {preview.status === 'failed' && (
          <p className="form-error" role="alert" data-testid="import-error">
            {errorText(t, preview.error)}
          </p>
        )}
        {report && (
          <>
            <p data-testid="file-summary">
              {t('dataTransfer.file.summary', {
                file: report.fileName,
                rows: report.rowCount,
                columns: report.columns.length,
                encoding: report.encoding,
                delimiter: report.delimiter
                  ? t('dataTransfer.file.delimiter', {
                      delimiter: report.delimiter === '\t' ? 'tab' : report.delimiter,
                    })
                  : '',
              })}
            </p>
            <ColumnMappingTable report={report} onChange={store.setColumnField} />
            <ImportReportList report={report} />
            <NearMatchReview report={report} decisions={state.decisions} onDecide={store.decide} />
            {!canImport(report) && (
              <p className="form-error" role="alert">
                {t('dataTransfer.blocked')}
              </p>
            )}
            <div className="data-transfer__run">
              <button
                type="button"
                className="button button--primary"
                disabled={running || done || preview.status !== 'loaded' || !canImport(report)}
                onClick={() => void store.runImport()}
              >
                {t('dataTransfer.run')}
              </button>
              <span className="form-field__help">{t('dataTransfer.runHelp')}</span>
            </div>
          </>
        )}
        {running && <ImportProgressBar progress={run.progress} />}
        {run.status === 'failed' && (
          <p className="form-error" role="alert" data-testid="import-error">
            {errorText(t, run.error)}
          </p>
        )}
        {run.status === 'done' && (
          <div className="data-transfer__result">
            <ImportProgressBar progress={{ phase: 'done' }} />
            <p role="status" data-testid="import-result">
              {t('dataTransfer.result', {
                created: run.report.created,
                existing: run.report.existing,
                skipped: run.report.skipped,
                seconds: (run.report.elapsedMs / 1000).toFixed(1),
              })}
            </p>
            <button type="button" className="button button--secondary" onClick={store.reset}>
              {t('dataTransfer.again')}
            </button>
          </div>
        )}
      </section>
      <ExportPanel state={state.exported} onExport={(f, p) => void store.exportAs(f, p)} />
    </div>
  );
}
