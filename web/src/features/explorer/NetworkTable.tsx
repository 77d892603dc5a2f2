import { type ReactNode, useMemo, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import {
  degreeInView,
  type GraphView,
  isEnded,
  isStale,
  membershipsOf,
} from '../../models/graphView';
import { type NetworkEdge, type NetworkNode, visualKindOf } from '../../models/stakeholder';
import { type SortState, sortRows, toggleSort } from '../../models/tableSort';
import type { NodeActions } from './NetworkCanvas';

type NodeColumn = 'name' | 'kind' | 'degree' | 'areas';
type EdgeColumn = 'from' | 'type' | 'to' | 'strength' | 'lastContact' | 'state';

/**
 * The same selection as the graph, as two sortable tables: for screen-reader and keyboard
 * users, and for anyone who wants to read rather than look. Enter on a row expands or collapses.
 */
export function NetworkTable(props: {
  view: GraphView;
  today: string;
  isExpanded(id: string): boolean;
  isPicked(id: string): boolean;
  actions: NodeActions;
}) {
  const { t, locale, formatDate } = useI18n();
  const { view } = props;
  const [nodeSort, setNodeSort] = useState<SortState<NodeColumn>>({
    key: 'name',
    direction: 'ascending',
  });
  const [edgeSort, setEdgeSort] = useState<SortState<EdgeColumn>>({
    key: 'from',
    direction: 'ascending',
  });
  const degree = useMemo(() => degreeInView(view), [view]);
  const areas = useMemo(
    () =>
      membershipsOf(
        {
          nodes: new Map(view.nodes.map((node) => [node.id, node])),
          edges: new Map(view.edges.map((edge) => [edge.id, edge])),
        },
        'AREA',
      ),
    [view],
  );
  const byId = useMemo(() => new Map(view.nodes.map((node) => [node.id, node])), [view]);
  const nameOf = (id: string) => byId.get(id)?.label ?? '';
  const areaNames = (node: NetworkNode) => (areas.get(node.id) ?? []).map(nameOf).join(', ');
  const kindOf = (node: NetworkNode) => t(`visualKind.${visualKindOf(node)}`);
  const stateOf = (edge: NetworkEdge) =>
    isEnded(edge, props.today)
      ? t('table.ended')
      : isStale(edge, props.today)
        ? t('table.stale')
        : t('table.current');

  const nodes = sortRows(
    view.nodes,
    nodeSort,
    (node, key) =>
      key === 'name'
        ? node.label
        : key === 'kind'
          ? kindOf(node)
          : key === 'degree'
            ? (degree.get(node.id) ?? 0)
            : areaNames(node) || null,
    locale,
  );
  const edges = sortRows(
    view.edges,
    edgeSort,
    (edge, key) => {
      switch (key) {
        case 'from':
          return nameOf(edge.source);
        case 'to':
          return nameOf(edge.target);
        case 'type':
          return t(`linkType.${edge.type}`);
        case 'strength':
          return edge.strength;
        case 'lastContact':
          return edge.lastContact;
        case 'state':
          return stateOf(edge);
      }
    },
    locale,
  );

  return (
    <div className="network-table" data-testid="network-table">
      <table>
        <caption>
          {t('table.nodes')} ({view.nodes.length})
        </caption>
        <thead>
          <tr>
            <SortHeader
              label={t('table.name')}
              column="name"
              sort={nodeSort}
              onSort={(key) => setNodeSort(toggleSort(nodeSort, key))}
            />
            <SortHeader
              label={t('table.kind')}
              column="kind"
              sort={nodeSort}
              onSort={(key) => setNodeSort(toggleSort(nodeSort, key))}
            />
            <SortHeader
              label={t('table.degree')}
              column="degree"
              sort={nodeSort}
              onSort={(key) => setNodeSort(toggleSort(nodeSort, key))}
            />
            <SortHeader
              label={t('table.areas')}
              column="areas"
              sort={nodeSort}
              onSort={(key) => setNodeSort(toggleSort(nodeSort, key))}
            />
            <th scope="col">{t('table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((node) => (
            <tr
              key={node.id}
              tabIndex={0}
              data-node-id={node.id}
              aria-selected={props.isPicked(node.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && event.target === event.currentTarget) {
                  event.preventDefault();
                  props.actions.onToggleExpand(node.id);
                }
              }}
            >
              <th scope="row">
                <button
                  type="button"
                  className="button--link"
                  onClick={() => props.actions.onActivate(node.id)}
                >
                  {node.label}
                </button>
              </th>
              <td>{kindOf(node)}</td>
              <td className="numeric">{degree.get(node.id) ?? 0}</td>
              <td>{areaNames(node)}</td>
              <td className="table-actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => props.actions.onToggleExpand(node.id)}
                >
                  {props.isExpanded(node.id) ? t('node.collapse') : t('node.expand')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  aria-pressed={props.isPicked(node.id)}
                  onClick={() => props.actions.onTogglePick(node.id)}
                >
                  {t('node.select')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => props.actions.onOpen(node.id)}
                >
                  {t('node.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>
          {t('table.edges')} ({view.edges.length})
        </caption>
        <thead>
          <tr>
            <SortHeader
              label={t('table.from')}
              column="from"
              sort={edgeSort}
              onSort={(key) => setEdgeSort(toggleSort(edgeSort, key))}
            />
            <SortHeader
              label={t('table.type')}
              column="type"
              sort={edgeSort}
              onSort={(key) => setEdgeSort(toggleSort(edgeSort, key))}
            />
            <SortHeader
              label={t('table.to')}
              column="to"
              sort={edgeSort}
              onSort={(key) => setEdgeSort(toggleSort(edgeSort, key))}
            />
            <SortHeader
              label={t('table.strength')}
              column="strength"
              sort={edgeSort}
              onSort={(key) => setEdgeSort(toggleSort(edgeSort, key))}
            />
            <SortHeader
              label={t('table.lastContact')}
              column="lastContact"
              sort={edgeSort}
              onSort={(key) => setEdgeSort(toggleSort(edgeSort, key))}
            />
            <SortHeader
              label={t('table.state')}
              column="state"
              sort={edgeSort}
              onSort={(key) => setEdgeSort(toggleSort(edgeSort, key))}
            />
          </tr>
        </thead>
        <tbody>
          {edges.map((edge) => (
            <tr key={edge.id}>
              <td>{nameOf(edge.source)}</td>
              <td>{t(`linkType.${edge.type}`)}</td>
              <td>{nameOf(edge.target)}</td>
              <td className="numeric">{edge.strength ?? ''}</td>
              <td>{edge.lastContact ? formatDate(edge.lastContact) : ''}</td>
              <td>{stateOf(edge)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortHeader<Key extends string>(props: {
  label: ReactNode;
  column: Key;
  sort: SortState<Key>;
  onSort(key: Key): void;
}) {
  const active = props.sort.key === props.column;
  return (
    <th scope="col" aria-sort={active ? props.sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => props.onSort(props.column)}>
        {props.label}
        <span aria-hidden="true">
          {active ? (props.sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );
}
