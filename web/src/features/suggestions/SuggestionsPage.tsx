import { useEffect, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Route } from '../../models/route';
import type { SuggestionListStore } from '../../stores/suggestionListStore';
import { StakeholderSearch } from '../explorer/StakeholderSearch';
import { SuggestionList } from './SuggestionList';

/**
 * The suggestions inbox: suggested introductions for a person or initiative (the signed-in
 * official's own by default, when their account is linked to a person), to introduce, dismiss or
 * snooze.
 */
export function SuggestionsPage(props: {
  forId: string | null;
  store: SuggestionListStore;
  navigate(route: Route): void;
}) {
  const { t } = useI18n();
  const { store, forId, navigate } = props;
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [ownPerson, setOwnPerson] = useState<string | null>(null);
  const [notPerson, setNotPerson] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    store
      .ownPerson(controller.signal)
      .then((id) => {
        if (controller.signal.aborted) return;
        setOwnPerson(id);
        if (id && forId === null) navigate({ view: 'suggestions', forId: id });
      })
      .catch(() => setOwnPerson(null));
    return () => controller.abort();
  }, [store, forId, navigate]);

  useEffect(() => {
    if (store.getSnapshot().forId !== forId) void store.open(forId);
  }, [forId, store]);

  const list = state.suggestions.phase === 'loaded' ? state.suggestions.value : [];
  const subjectName = list[0]?.subject.name ?? state.decided?.suggestion.subject.name ?? null;

  return (
    <div className="analysis-view suggestion-inbox">
      <div className="analysis-view__bar">
        <h1>{t('suggestions.title')}</h1>
        <p className="muted">{t('suggestions.intro')}</p>
        <div className="suggestion-inbox__for">
          <StakeholderSearch
            label={t('suggestions.search')}
            onChoose={(hit) => {
              const fits = hit.kind === 'PERSON' || hit.kind === 'INITIATIVE';
              setNotPerson(!fits);
              if (fits) navigate({ view: 'suggestions', forId: hit.id });
            }}
          />
          {ownPerson && ownPerson !== forId && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => navigate({ view: 'suggestions', forId: ownPerson })}
            >
              {t('suggestions.mine')}
            </button>
          )}
        </div>
        {notPerson && (
          <p className="form-error" role="alert">
            {t('suggestions.notPerson')}
          </p>
        )}
      </div>
      {forId === null && <p className="muted">{t('suggestions.choose')}</p>}
      {forId !== null && (
        <section aria-labelledby="suggestions-for">
          <h2 id="suggestions-for" data-testid="suggestions-for">
            {subjectName ? t('suggestions.forName', { name: subjectName }) : t('suggestions.title')}
          </h2>
          <SuggestionList
            state={state}
            onDecide={(id, decision, snoozeUntil) => void store.decide(id, decision, snoozeUntil)}
            onOpen={(id) => navigate({ view: 'explorer', focus: id })}
            headingLevel={3}
          />
        </section>
      )}
    </div>
  );
}
