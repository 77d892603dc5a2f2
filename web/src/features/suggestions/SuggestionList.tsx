import type { ApiError } from '../../api/apiError';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/nl';
import { isoDay } from '../../models/graphView';
import { daysAfter, reasonsIn, type SuggestionDecision } from '../../models/suggestions';
import type { SuggestionListState } from '../../stores/suggestionListStore';

/** How long "later" puts a suggestion off. */
export const snoozeDays = 30;

/** An error as the user reads it: a sign-in prompt when the session is missing. */
export function errorKeyOf(error: ApiError): MessageKey {
  return error.code === 'UNAUTHENTICATED' ? 'suggestions.signIn' : `error.${error.code}`;
}

/**
 * Suggested introductions with their reasons (score, mutual contacts, purpose), and the three
 * decisions on each: introduce, dismiss for good, or ask again in 30 days.
 */
export function SuggestionList(props: {
  state: SuggestionListState;
  onDecide(id: string, decision: SuggestionDecision, snoozeUntil?: string): void;
  onOpen(id: string): void;
  headingLevel?: 2 | 3;
}) {
  const { t, language, formatNumber, formatDate } = useI18n();
  const { state } = props;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const decided = state.decided;
  return (
    <div className="suggestion-list" data-testid="suggestion-list">
      <p className="flash" role="status" data-testid="suggestion-decided">
        {decided &&
          t(
            `suggestions.${decided.result.status === 'ACCEPTED' ? 'accepted' : decided.result.status === 'DISMISSED' ? 'dismissed' : 'snoozed'}`,
            {
              name: decided.suggestion.candidate.name,
              subject: decided.suggestion.subject.name,
              date: decided.result.snoozedUntil ? formatDate(decided.result.snoozedUntil) : '',
            },
          )}
      </p>
      {state.suggestions.phase === 'loading' && (
        <p className="muted" role="status">
          {t('suggestions.loading')}
        </p>
      )}
      {state.suggestions.phase === 'failed' && (
        <p className="form-error" role="alert" data-testid="suggestions-error">
          {t(errorKeyOf(state.suggestions.error))}
        </p>
      )}
      {state.suggestions.phase === 'loaded' && state.suggestions.value.length === 0 && (
        <p className="muted">{t('suggestions.none')}</p>
      )}
      {state.suggestions.phase === 'loaded' && state.suggestions.value.length > 0 && (
        <ol className="analysis-list">
          {state.suggestions.value.map((suggestion) => {
            const busy = state.deciding === suggestion.id;
            const failed = state.decisionError?.id === suggestion.id ? state.decisionError : null;
            return (
              <li key={suggestion.id} className="analysis-list__item" data-testid="suggestion">
                <div className="analysis-list__head">
                  <Heading className="analysis-list__name">
                    <button
                      type="button"
                      className="button button--link"
                      onClick={() => props.onOpen(suggestion.candidate.id)}
                    >
                      {suggestion.candidate.name}
                    </button>
                  </Heading>
                  <span className="badge">
                    {t('suggestions.score', {
                      score: formatNumber(Math.round(suggestion.score * 100) / 100),
                    })}
                  </span>
                </div>
                {suggestion.mutualContacts.length > 0 && (
                  <p className="muted">
                    {t('suggestions.mutual', {
                      names: suggestion.mutualContacts.map((node) => node.name).join(', '),
                    })}
                  </p>
                )}
                <ul className="analysis-list__reasons" aria-label={t('suggestions.reasons')}>
                  {reasonsIn(suggestion, language).map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                <div className="analysis-list__actions">
                  <button
                    type="button"
                    className="button button--primary button--small"
                    disabled={state.deciding !== null}
                    onClick={() => props.onDecide(suggestion.id, 'ACCEPT')}
                  >
                    {busy ? t('suggestions.deciding') : t('suggestions.accept')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={state.deciding !== null}
                    onClick={() => props.onDecide(suggestion.id, 'DISMISS')}
                  >
                    {t('suggestions.dismiss')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    disabled={state.deciding !== null}
                    onClick={() =>
                      props.onDecide(
                        suggestion.id,
                        'SNOOZE',
                        daysAfter(isoDay(new Date()), snoozeDays),
                      )
                    }
                  >
                    {t('suggestions.snooze')}
                  </button>
                </div>
                {failed && (
                  <p className="form-error" role="alert" data-testid="decision-error">
                    {t(errorKeyOf(failed.error))}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
