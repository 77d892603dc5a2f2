import { useI18n } from '../../i18n/I18nProvider';
import { brokerageFacts, type StakeholderScores, scoreFacts } from '../../models/stakeholderScores';

/**
 * The network scores of the latest analysis run on a person or organization, with the
 * Gould–Fernandez brokerage roles it plays between kernen; says so when no run has been made.
 */
export function ScoresSection({ scores }: { scores: StakeholderScores | null }) {
  const { t, formatNumber } = useI18n();
  const roles = scores?.brokerage ? brokerageFacts(scores.brokerage) : [];
  return (
    <section data-testid="details-scores">
      <h3>{t('details.scores')}</h3>
      {scores === null ? (
        <p className="muted">{t('details.scoresNone')}</p>
      ) : (
        <>
          <dl className="fact-list">
            {scoreFacts(scores).map((fact) => (
              <div key={fact.key}>
                <dt>{t(`score.${fact.key}`)}</dt>
                <dd>{formatNumber(fact.value)}</dd>
              </div>
            ))}
          </dl>
          {roles.length > 0 && (
            <>
              <h4>{t('details.brokerage')}</h4>
              <ul className="link-list">
                {roles.map((fact) => (
                  <li key={fact.role}>
                    {t(`brokerageRole.${fact.role}`)}:{' '}
                    {t('details.brokeragePairs', { count: formatNumber(fact.pairs) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
