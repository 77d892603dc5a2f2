import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { EntityRef } from '../../models/stakeholderDetails';
import type { InitiativeState } from '../../stores/initiativeStore';
import { ContactForm } from '../recording/ContactForm';

/**
 * The connectors for the open initiative, in the order chosen (each adds the most targets not yet
 * reached), with the paths that explain them; a contact moment with one is recorded from here.
 */
export function ConnectorList(props: {
  state: InitiativeState;
  /** The open initiative: contacts recorded here are linked to it. */
  initiativeId: string;
  onSteps(steps: 1 | 2): void;
  onSelect(id: string): void;
  onOpen(id: string): void;
  onContactSaved(name: string): void;
}) {
  const { t, formatNumber } = useI18n();
  const { state } = props;
  const [contactWith, setContactWith] = useState<EntityRef | null>(null);
  const answer = state.connectors.phase === 'loaded' ? state.connectors.value : null;
  return (
    <section aria-labelledby="connectors-title">
      <h2 id="connectors-title">{t('initiative.connectors')}</h2>
      <fieldset className="segmented" aria-label={t('initiative.steps')}>
        {([1, 2] as const).map((steps) => (
          <label key={steps}>
            <input
              type="radio"
              name="connector-steps"
              checked={state.steps === steps}
              onChange={() => props.onSteps(steps)}
            />{' '}
            {t(`initiative.steps.${steps}`)}
          </label>
        ))}
      </fieldset>
      {answer && answer.connectors.length === 0 && (
        <p className="muted">{t('initiative.noConnectors')}</p>
      )}
      {answer && answer.connectors.length > 0 && (
        <ol className="analysis-list" data-testid="connector-list">
          {answer.connectors.map((connector) => {
            const selected = connector.person.id === state.selectedConnectorId;
            return (
              <li
                key={connector.person.id}
                className={selected ? 'analysis-list__item is-selected' : 'analysis-list__item'}
                data-testid="connector"
              >
                <div className="analysis-list__head">
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => props.onOpen(connector.person.id)}
                  >
                    {connector.person.name}
                  </button>
                  <span className="badge">
                    {t('initiative.gain', { count: formatNumber(connector.gain) })}
                  </span>
                </div>
                <ul className="analysis-list__reasons" data-testid="connector-paths">
                  {connector.paths.map((path) => (
                    <li key={path.text}>{path.text}</li>
                  ))}
                </ul>
                <div className="analysis-list__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-pressed={selected}
                    onClick={() => props.onSelect(connector.person.id)}
                  >
                    {selected ? t('initiative.hidePaths') : t('initiative.showPaths')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() =>
                      setContactWith({
                        id: connector.person.id,
                        kind: 'PERSON',
                        label: connector.person.name,
                        sublabel: null,
                        official: false,
                      })
                    }
                  >
                    {t('initiative.recordContact')}
                  </button>
                </div>
                {contactWith?.id === connector.person.id && (
                  <ContactForm
                    with={contactWith}
                    initiativeId={props.initiativeId}
                    onSaved={() => {
                      setContactWith(null);
                      props.onContactSaved(connector.person.name);
                    }}
                    onCancel={() => setContactWith(null)}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
