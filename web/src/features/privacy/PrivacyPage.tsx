import { useEffect } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { PrivacyStore } from '../../stores/privacyStore';
import { AuditTrailPanel } from './AuditTrailPanel';
import { ResidentRights } from './ResidentRights';
import './privacy.css';

/** The privacy officer's page (/privacy): residents' rights and the audit trail. */
export function PrivacyPage({
  privacy,
  onRectify,
}: {
  privacy: PrivacyStore;
  onRectify(personId: string): void;
}) {
  const { t } = useI18n();
  useEffect(() => {
    void privacy.checkChain();
    void privacy.searchAudit(privacy.getSnapshot().audit.subjectId);
  }, [privacy]);
  return (
    <div className="privacy-page">
      <h1>{t('privacy.title')}</h1>
      <p className="muted">{t('privacy.intro')}</p>
      <div className="privacy-page__columns">
        <ResidentRights
          store={privacy}
          onRectify={onRectify}
          onAuditOf={(subjectId) => void privacy.searchAudit(subjectId)}
        />
        <AuditTrailPanel store={privacy} />
      </div>
    </div>
  );
}
