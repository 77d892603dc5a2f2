import { useI18n } from '../../i18n/I18nProvider';
import { type ImportProgress, progressPercent } from '../../models/dataTransfer';

/** The import's progress: sending the file (measured), then checking and storing (waiting). */
export function ImportProgressBar({ progress }: { progress: ImportProgress }) {
  const { t } = useI18n();
  const percent = progressPercent(progress);
  const label =
    progress.phase === 'uploading'
      ? t('dataTransfer.progress.uploading', { percent: Math.round(progress.percent) })
      : progress.phase === 'writing'
        ? t('dataTransfer.progress.writing')
        : t('dataTransfer.progress.done');
  return (
    <div
      className="data-transfer__progress"
      data-testid="import-progress"
      data-phase={progress.phase}
    >
      <progress
        max={100}
        value={percent}
        aria-label={t('dataTransfer.progress.label')}
        aria-valuetext={label}
      />
      <span role="status">{label}</span>
    </div>
  );
}
