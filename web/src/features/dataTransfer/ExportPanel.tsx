import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/nl';
import type { ExportFormat } from '../../models/dataTransfer';
import type { ExportState } from '../../stores/dataTransferStore';
import { errorText } from './dataTransferText';

const buttons: { format: ExportFormat; part?: 'nodes' | 'edges'; label: MessageKey }[] = [
  { format: 'gexf', label: 'dataTransfer.export.gexf' },
  { format: 'graphml', label: 'dataTransfer.export.graphml' },
  { format: 'csv', part: 'nodes', label: 'dataTransfer.export.csvNodes' },
  { format: 'csv', part: 'edges', label: 'dataTransfer.export.csvEdges' },
  { format: 'json', label: 'dataTransfer.export.json' },
  { format: 'people', label: 'dataTransfer.export.people' },
];

/** One button per export format; the download is the viewer's scope, audited on the server. */
export function ExportPanel(props: {
  state: ExportState;
  onExport(format: ExportFormat, part?: 'nodes' | 'edges'): void;
}) {
  const { t } = useI18n();
  const { state } = props;
  return (
    <section className="data-transfer__section" aria-labelledby="export-title">
      <h2 id="export-title">{t('dataTransfer.export.title')}</h2>
      <p className="form-field__help">{t('dataTransfer.export.help')}</p>
      <div className="data-transfer__buttons">
        {buttons.map((button) => (
          <button
            key={button.label}
            type="button"
            className="button button--secondary"
            disabled={state.status === 'loading'}
            onClick={() => props.onExport(button.format, button.part)}
          >
            {t(button.label)}
          </button>
        ))}
      </div>
      <p role="status" data-testid="export-status">
        {state.status === 'loading' && t('dataTransfer.export.loading')}
        {state.status === 'done' && t('dataTransfer.export.done', { file: state.fileName })}
      </p>
      {state.status === 'failed' && (
        <p className="form-error" role="alert">
          {errorText(t, state.error)}
        </p>
      )}
    </section>
  );
}
