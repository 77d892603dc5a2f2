import { useRef, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { SystemStatusStore } from '../../stores/systemStatusStore';
import { ConnectedDetails } from './ConnectedDetails';
import { StatusProblem } from './StatusProblem';

/** Whether Antenne and its Neo4j answer: the first GraphQL round trip a user sees. */
export function SystemStatusPanel({ store }: { store: SystemStatusStore }) {
  const { t, formatTime } = useI18n();
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const heading = useRef<HTMLHeadingElement>(null);
  // The retry button leaves the page while Antenne asks again, so keep keyboard users in place.
  const retry = () => {
    heading.current?.focus();
    void store.refresh();
  };
  return (
    <section
      className="status-panel"
      aria-labelledby="status-title"
      aria-busy={state.phase === 'loading'}
      data-phase={state.phase}
    >
      <h2 id="status-title" ref={heading} tabIndex={-1}>
        {t('status.title')}
      </h2>
      <div role="status">
        {state.phase === 'loading' && (
          <p className="status-line status-line--pending">
            <span className="status-dot" aria-hidden="true" />
            {t('status.checking')}
          </p>
        )}
        {state.phase === 'loaded' && state.status.database.reachable && (
          <ConnectedDetails version={state.status.version} database={state.status.database} />
        )}
        {state.phase === 'loaded' && !state.status.database.reachable && (
          <StatusProblem
            headline={t('status.databaseUnreachable')}
            help={t('status.databaseUnreachableHelp')}
            onRetry={retry}
          />
        )}
        {state.phase === 'failed' && (
          <StatusProblem
            headline={t('status.failed')}
            help={t(`error.${state.error.code}`)}
            code={state.error.serverCode ?? state.error.code}
            onRetry={retry}
          />
        )}
        {state.checkedAt && (
          <p className="status-checked-at">
            {t('status.checkedAt', { time: formatTime(state.checkedAt) })}
          </p>
        )}
      </div>
    </section>
  );
}
