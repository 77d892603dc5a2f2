import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { AnalysisNode } from '../../models/analysisNode';
import { connectorElements, type WorkspaceInitiative } from '../../models/initiativeWorkspace';
import type { Route } from '../../models/route';
import type { InitiativeStore } from '../../stores/initiativeStore';
import type { SuggestionListStore } from '../../stores/suggestionListStore';
import { NetworkCanvas } from '../explorer/NetworkCanvas';
import { SuggestionList } from '../suggestions/SuggestionList';
import { ConnectorList } from './ConnectorList';
import { InitiativeHeader } from './InitiativeHeader';

/**
 * The area broker's workspace for one initiative: what it is about and where it stands, the
 * connectors who reach the stakeholders it needs (their paths highlighted on the graph), the
 * suggested introductions, and contact moments recorded from here.
 */
export function InitiativeWorkspace(props: {
  id: string;
  store: InitiativeStore;
  suggestions: SuggestionListStore;
  navigate(route: Route): void;
}) {
  const { t } = useI18n();
  const { store, id, suggestions } = props;
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const suggestionState = useSyncExternalStore(suggestions.subscribe, suggestions.getSnapshot);
  const [flash, setFlash] = useState<string | null>(null);
  useEffect(() => {
    setFlash(null);
    void store.open(id);
    void suggestions.open(id);
  }, [id, store, suggestions]);
  // An accepted introduction changes the network: the connectors are worked out again.
  const accepted =
    suggestionState.decided?.result.status === 'ACCEPTED' ? suggestionState.decided : null;
  useEffect(() => {
    if (accepted) void store.refreshConnectors();
  }, [accepted, store]);

  const initiative: WorkspaceInitiative | null =
    state.initiative.phase === 'loaded' ? state.initiative.value : null;
  const answer = state.connectors.phase === 'loaded' ? state.connectors.value : null;
  const elements = useMemo(
    () =>
      initiative && answer ? connectorElements(initiative, answer, state.selectedConnectorId) : [],
    [initiative, answer, state.selectedConnectorId],
  );
  const names = useMemo(() => {
    const byId = new Map<string, AnalysisNode>();
    if (initiative)
      byId.set(initiative.id, { id: initiative.id, kind: 'INITIATIVE', name: initiative.title });
    for (const p of initiative?.participants ?? []) byId.set(p.id, p);
    for (const node of answer?.targets ?? []) byId.set(node.id, node);
    for (const c of answer?.connectors ?? [])
      for (const path of c.paths) for (const node of path.nodes) byId.set(node.id, node);
    return byId;
  }, [initiative, answer]);
  const open = (nodeId: string) => props.navigate({ view: 'explorer', focus: nodeId });
  const isConnector = (nodeId: string) =>
    answer?.connectors.some((c) => c.person.id === nodeId) ?? false;

  if (state.initiative.phase === 'loading' || state.initiative.phase === 'idle')
    return (
      <p className="muted" role="status">
        {t('initiative.loading')}
      </p>
    );
  if (state.initiative.phase === 'failed')
    return (
      <p className="form-error" role="alert">
        {t(`error.${state.initiative.error.code}`)}
      </p>
    );
  if (!initiative)
    return (
      <div className="analysis-view">
        <p className="form-error" role="alert">
          {t('initiative.missing')}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => props.navigate({ view: 'initiatives', id: null })}
        >
          {t('initiative.back')}
        </button>
      </div>
    );

  return (
    <div className="analysis-view">
      <InitiativeHeader
        initiative={initiative}
        state={state}
        onMove={(status) => void store.moveTo(status)}
        onBack={() => props.navigate({ view: 'initiatives', id: null })}
        onOpen={open}
      />
      <p className="flash" role="status" data-testid="workspace-flash">
        {flash}
      </p>
      <div className="analysis-view__layout">
        <section className="analysis-view__main" aria-labelledby="initiative-title">
          {state.connectors.phase === 'loading' && (
            <p className="muted" role="status">
              {t('initiative.connectorsLoading')}
            </p>
          )}
          {state.connectors.phase === 'failed' && (
            <p className="form-error" role="alert">
              {t(`error.${state.connectors.error.code}`)}
            </p>
          )}
          {answer && (
            <p data-testid="initiative-targets">
              {t('initiative.targets', { count: String(answer.targets.length) })}
            </p>
          )}
          <NetworkCanvas
            elements={elements}
            layout="fcose"
            centerId={initiative.id}
            label={t('initiative.graph', { title: initiative.title })}
            isExpanded={() => false}
            isPicked={(nodeId) => nodeId === state.selectedConnectorId}
            describe={(nodeId) => {
              const node = names.get(nodeId);
              return { name: node?.name ?? nodeId, kind: node ? t(`visualKind.${node.kind}`) : '' };
            }}
            onActivate={(nodeId) => {
              if (isConnector(nodeId)) store.selectConnector(nodeId);
            }}
            onToggleExpand={open}
            onTogglePick={(nodeId) => {
              if (isConnector(nodeId)) store.selectConnector(nodeId);
            }}
            onOpen={open}
            onAddLinkFrom={open}
          />
          <ul className="analysis-legend" aria-label={t('legend.title')}>
            <li>{t('initiative.legend.target')}</li>
            <li>{t('initiative.legend.connector')}</li>
            <li>{t('initiative.legend.path')}</li>
          </ul>
        </section>
        <aside className="analysis-side" aria-label={t('initiative.connectors')}>
          <ConnectorList
            state={state}
            initiativeId={initiative.id}
            onSteps={(steps) => void store.setSteps(steps)}
            onSelect={store.selectConnector}
            onOpen={open}
            onContactSaved={(name) => setFlash(t('initiative.contactSaved', { name }))}
          />
          <h2>{t('initiative.suggestions')}</h2>
          <SuggestionList
            state={suggestionState}
            onDecide={(suggestionId, decision, snoozeUntil) =>
              void suggestions.decide(suggestionId, decision, snoozeUntil)
            }
            onOpen={open}
            headingLevel={3}
          />
        </aside>
      </div>
    </div>
  );
}
