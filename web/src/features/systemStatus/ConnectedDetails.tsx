import { useI18n } from '../../i18n/I18nProvider';
import type { DatabaseStatus } from '../../models/systemStatus';

type Reachable = Extract<DatabaseStatus, { reachable: true }>;

export function ConnectedDetails({ version, database }: { version: string; database: Reachable }) {
  const { t, formatNumber } = useI18n();
  return (
    <>
      <p className="status-line status-line--ok">
        <span className="status-dot" aria-hidden="true" />
        {t('status.connected')}
      </p>
      <dl className="status-facts">
        <div>
          <dt>{t('status.neo4jVersion')}</dt>
          <dd data-testid="neo4j-version">{database.neo4jVersion}</dd>
        </div>
        <div>
          <dt>{t('status.edition')}</dt>
          <dd>{t(`status.edition.${database.edition}`)}</dd>
        </div>
        <div>
          <dt>{t('status.migrations')}</dt>
          <dd>
            {t('status.migrationsApplied', { count: formatNumber(database.migrationsApplied) })}
          </dd>
        </div>
        <div>
          <dt>{t('status.appVersion')}</dt>
          <dd>{version}</dd>
        </div>
      </dl>
    </>
  );
}
