import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { maxNetworkLimit, nextNetworkLimit, omittedTotal } from '../../models/explorerGraph';
import { toElements } from '../../models/graphElements';
import { isoDay, shortestPaths, visibleGraph } from '../../models/graphView';
import type { Route } from '../../models/route';
import { visualKindOf } from '../../models/stakeholder';
import { type EntityRef, edgeOfLink, nodeOfEntity } from '../../models/stakeholderDetails';
import type { ExplorerStore } from '../../stores/explorerStore';
import type { RecordDialogStore } from '../../stores/recordDialogStore';
import { DetailsPanel } from './DetailsPanel';
import { GraphControls } from './GraphControls';
import { GraphLegend } from './GraphLegend';
import { NetworkCanvas, type NodeActions } from './NetworkCanvas';
import { NetworkTable } from './NetworkTable';
import { PathPanel } from './PathPanel';
import { StakeholderSearch } from './StakeholderSearch';

/**
 * The explorer: find a stakeholder, see their network as a graph (or a table) beside their
 * details, expand and collapse, filter, and find the shortest path between two nodes.
 */
export function ExplorerPage(props: {
  focus: string | null;
  store: ExplorerStore;
  recordDialog: RecordDialogStore;
  navigate(route: Route): void;
}) {
  const { t, formatNumber } = useI18n();
  const { store, focus } = props;
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => {
    if (store.getSnapshot().graph.centerId !== focus || focus === null) void store.open(focus);
  }, [focus, store]);

  const today = useMemo(() => isoDay(new Date()), []);
  const { graph } = state;
  const view = useMemo(
    () => visibleGraph(graph, state.filters, today),
    [graph, state.filters, today],
  );
  const [first, second] = state.picked;
  const paths = useMemo(
    () => (first && second ? shortestPaths(view, first, second) : null),
    [view, first, second],
  );
  const pathNodeIds = useMemo(() => new Set(paths?.paths.flat() ?? []), [paths]);
  const expandedIds = useMemo(() => new Set(graph.expansions.keys()), [graph]);
  const elements = useMemo(
    () =>
      toElements(view, {
        colourBy: state.colourBy,
        sizeBy: state.sizeBy,
        centerId: graph.centerId,
        expandedIds,
        selectedIds: state.picked,
        pathEdgeIds: paths?.edgeIds ?? new Set(),
        pathNodeIds,
        today,
      }),
    [
      view,
      state.colourBy,
      state.sizeBy,
      graph.centerId,
      expandedIds,
      state.picked,
      paths,
      pathNodeIds,
      today,
    ],
  );
  const byKind = (kind: 'AREA' | 'THEME') =>
    [...graph.nodes.values()]
      .filter((node) => node.kind === kind)
      .sort((a, b) => a.label.localeCompare(b.label));
  const nameOf = (id: string) => graph.nodes.get(id)?.label ?? id;
  const refOf = (id: string): EntityRef | null => {
    const node = graph.nodes.get(id);
    return node
      ? { id, kind: node.kind, label: node.label, sublabel: node.sublabel, official: node.official }
      : null;
  };
  const actions: NodeActions = {
    onActivate: (id) => store.activate(id),
    onToggleExpand: (id) => void store.toggleExpand(id),
    onTogglePick: (id) => store.togglePick(id),
    onOpen: (id) => props.navigate({ view: 'explorer', focus: id }),
    onAddLinkFrom: (id) => {
      const from = refOf(id);
      if (from && from.kind !== 'AREA' && from.kind !== 'THEME')
        props.recordDialog.open('link', from);
    },
  };
  const center = graph.centerId ? graph.nodes.get(graph.centerId) : undefined;
  const omitted = omittedTotal(graph);

  return (
    <div className="explorer">
      <div className="explorer__bar">
        <h1 id="explorer-title">{t('explorer.title')}</h1>
        <StakeholderSearch
          className="explorer__search"
          label={t('search.label')}
          onChoose={(hit) => props.navigate({ view: 'explorer', focus: hit.id })}
        />
      </div>
      {state.load.phase === 'idle' && <p className="explorer__empty">{t('explorer.empty')}</p>}
      {state.load.phase === 'loading' && (
        <p className="muted" role="status">
          {t('explorer.loading')}
        </p>
      )}
      {state.load.phase === 'failed' && (
        <p className="form-error" role="alert">
          {t(`error.${state.load.error.code}`)}
        </p>
      )}
      {state.load.phase === 'loaded' && (
        <div className="explorer__layout">
          <section className="explorer__main" aria-labelledby="explorer-title">
            <div className="explorer__toolbar">
              <div className="segmented" role="radiogroup" aria-label={t('graph.view')}>
                {(['graph', 'table'] as const).map((mode) => (
                  // biome-ignore lint/a11y/useSemanticElements: a two-button switch between graph and table.
                  <button
                    key={mode}
                    type="button"
                    role="radio"
                    aria-checked={state.mode === mode}
                    onClick={() => store.setMode(mode)}
                  >
                    {t(`graph.view.${mode}`)}
                  </button>
                ))}
              </div>
              <p className="explorer__summary" data-testid="graph-summary">
                {t('explorer.summary', {
                  nodes: formatNumber(view.nodes.length),
                  edges: formatNumber(view.edges.length),
                })}
              </p>
            </div>
            <GraphControls
              state={state}
              areas={byKind('AREA')}
              themes={byKind('THEME')}
              onLayout={store.setLayout}
              onColourBy={store.setColourBy}
              onSizeBy={store.setSizeBy}
              onFilters={store.setFilters}
            />
            {omitted > 0 && (
              <div className="notice notice--actions" data-testid="truncated-notice">
                <p>{t('explorer.truncated', { count: formatNumber(omitted) })}</p>
                {(graph.centerId ? (graph.omitted.get(graph.centerId) ?? 0) : 0) > 0 &&
                  state.centerLimit < maxNetworkLimit && (
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={state.loadingMore}
                      onClick={() => void store.loadMore()}
                    >
                      {state.loadingMore
                        ? t('explorer.loadingMore')
                        : t('explorer.loadMore', {
                            count: formatNumber(nextNetworkLimit(state.centerLimit)),
                          })}
                    </button>
                  )}
              </div>
            )}
            {state.expandError && (
              <p className="form-error" role="alert">
                {t(`error.${state.expandError.code}`)}
              </p>
            )}
            {state.mode === 'graph' ? (
              <NetworkCanvas
                elements={elements}
                layout={state.layout}
                centerId={graph.centerId}
                label={t('graph.label', { name: center?.label ?? '' })}
                isExpanded={(id) => expandedIds.has(id)}
                isPicked={(id) => state.picked.includes(id)}
                describe={(id) => {
                  const node = graph.nodes.get(id);
                  return {
                    name: node?.label ?? id,
                    kind: node ? t(`visualKind.${visualKindOf(node)}`) : '',
                  };
                }}
                {...actions}
              />
            ) : (
              <NetworkTable
                view={view}
                today={today}
                isExpanded={(id) => expandedIds.has(id)}
                isPicked={(id) => state.picked.includes(id)}
                actions={actions}
              />
            )}
            <div className="explorer__below">
              <PathPanel
                picked={state.picked}
                paths={paths}
                nameOf={nameOf}
                onClear={store.clearPicks}
              />
              <GraphLegend view={view} colourBy={state.colourBy} />
            </div>
          </section>
          <DetailsPanel
            state={state.details}
            onSelect={(id) =>
              graph.nodes.has(id)
                ? store.activate(id)
                : props.navigate({ view: 'explorer', focus: id })
            }
            onAddLinkFrom={(entity) => props.recordDialog.open('link', entity)}
            onLinkSaved={(link) =>
              store.recorded({
                nodes: [nodeOfEntity(link.from), nodeOfEntity(link.to)],
                edges: [edgeOfLink(link)],
              })
            }
            onSaved={(entity) => {
              if (entity) store.recorded({ nodes: [{ ...entity, objected: false }] });
              else void store.refreshDetails();
            }}
          />
        </div>
      )}
    </div>
  );
}
