import { useI18n } from '../../i18n/I18nProvider';

/** A problem in plain words, what to do about it, and a way to ask again. */
export function StatusProblem(props: {
  headline: string;
  help: string;
  code?: string;
  onRetry(): void;
}) {
  const { t } = useI18n();
  return (
    <div className="status-problem">
      <p className="status-line status-line--problem">
        <span className="status-dot" aria-hidden="true" />
        {props.headline}
      </p>
      <p className="status-problem__help">{props.help}</p>
      {props.code && (
        <p className="status-problem__code">{t('status.errorCode', { code: props.code })}</p>
      )}
      <button type="button" className="button button--primary" onClick={props.onRetry}>
        {t('status.retry')}
      </button>
    </div>
  );
}
