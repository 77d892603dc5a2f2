import { useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import {
  type InitiativeStatus,
  nextStatuses,
  type WorkspaceInitiative,
} from '../../models/initiativeWorkspace';
import type { InitiativeState } from '../../stores/initiativeStore';

/** The initiative's title, facts (dates, areas, themes, who is involved) and its status move. */
export function InitiativeHeader(props: {
  initiative: WorkspaceInitiative;
  state: InitiativeState;
  onMove(status: InitiativeStatus): void;
  onBack(): void;
  onOpen(id: string): void;
}) {
  const { t, formatDate } = useI18n();
  const { initiative, state } = props;
  const moves = nextStatuses(initiative.status);
  const [target, setTarget] = useState<InitiativeStatus | ''>('');
  const selectId = useId();
  const chosen = target !== '' && moves.includes(target) ? target : (moves[0] ?? null);
  const names = (items: readonly { name: string }[]) =>
    items.length > 0 ? items.map((item) => item.name).join(', ') : t('initiative.nothing');
  return (
    <div className="analysis-view__bar">
      <button type="button" className="button button--link" onClick={props.onBack}>
        ← {t('initiative.back')}
      </button>
      <h1 id="initiative-title">{initiative.title}</h1>
      {initiative.description && <p>{initiative.description}</p>}
      <dl className="initiative-facts">
        <dt>{t('initiative.status')}</dt>
        <dd data-testid="initiative-status">{t(`initiativeStatus.${initiative.status}`)}</dd>
        <dt>{t('initiative.areas')}</dt>
        <dd>{names(initiative.areas)}</dd>
        <dt>{t('initiative.themes')}</dt>
        <dd data-testid="initiative-themes">{names(initiative.themes)}</dd>
        <dt>{t('initiative.participants')}</dt>
        <dd>
          {initiative.participants.length === 0
            ? t('initiative.nothing')
            : initiative.participants.map((p, index) => (
                <span key={`${p.id}-${p.type}`}>
                  {index > 0 && ', '}
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => props.onOpen(p.id)}
                  >
                    {p.name}
                  </button>{' '}
                  ({t(`linkType.${p.type}`)})
                </span>
              ))}
        </dd>
        <dt>{t('initiative.dates')}</dt>
        <dd>
          {formatDate(initiative.receivedAt)}
          {' · '}
          {initiative.firstResponseAt
            ? t('initiative.firstResponse', { date: formatDate(initiative.firstResponseAt) })
            : t('initiative.noResponse')}
        </dd>
      </dl>
      {chosen && (
        <form
          className="initiative-move"
          onSubmit={(event) => {
            event.preventDefault();
            props.onMove(chosen);
          }}
        >
          <label htmlFor={selectId}>
            {t('initiative.moveTo')}
            <select
              id={selectId}
              value={chosen}
              onChange={(event) => {
                const next = moves.find((status) => status === event.target.value);
                if (next) setTarget(next);
              }}
            >
              {moves.map((status) => (
                <option key={status} value={status}>
                  {t(`initiativeStatus.${status}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button button--secondary" disabled={state.moving}>
            {state.moving ? t('initiative.moving') : t('initiative.move')}
          </button>
        </form>
      )}
      {state.moveError && (
        <p className="form-error" role="alert" data-testid="move-error">
          {state.moveError.code === 'UNAUTHENTICATED'
            ? t('suggestions.signIn')
            : t(`error.${state.moveError.code}`)}
        </p>
      )}
    </div>
  );
}
