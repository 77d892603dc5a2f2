import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type LayoutOptions,
  type Layouts,
  type NodeSingular,
} from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { graphStylesheet, type LayoutName } from '../../models/graphElements';
import { offThreadLayoutFrom } from '../../models/layoutJob';
import { registerCy } from './cyRegistry';
import { type OffThreadLayout, runLayoutOffThread } from './offThreadLayout';

cytoscape.use(fcose);

export interface NodeActions {
  onActivate(id: string): void;
  onToggleExpand(id: string): void;
  onTogglePick(id: string): void;
  onOpen(id: string): void;
  onAddLinkFrom(id: string): void;
}

export interface NetworkCanvasProps extends NodeActions {
  elements: ElementDefinition[];
  layout: LayoutName;
  centerId: string | null;
  label: string;
  isExpanded(id: string): boolean;
  isPicked(id: string): boolean;
  /** How a node is announced: its name and its kind in words. */
  describe(id: string): { name: string; kind: string };
}

/** A layout in progress: how many nodes, and whether it runs in a worker. */
interface LayoutProgress {
  nodes: number;
  offThread: boolean;
}

interface Menu {
  nodeId: string;
  x: number;
  y: number;
}

/**
 * The one component that owns the Cytoscape instance: created on mount, fed in batches as the
 * elements change, laid out again when nodes come or go, and destroyed (the same instance) on
 * unmount. Keyboard users move a focus ring from node to node and act on it.
 */
export function NetworkCanvas(props: NetworkCanvasProps) {
  const { t, formatNumber } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutRef = useRef<RunningLayout | null>(null);
  const [layingOut, setLayingOut] = useState<LayoutProgress | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedRef = useRef<string | null>(null);
  focusedRef.current = focusedId;
  const [menu, setMenu] = useState<Menu | null>(null);
  const [counts, setCounts] = useState({ nodes: 0, edges: 0 });
  const helpId = useId();
  const menuRef = useRef<HTMLDivElement>(null);

  // Create the instance once; destroy that same instance on unmount.
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: graphStylesheet,
      elements: [],
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.05,
      maxZoom: 4,
      // Big networks: pan and zoom a cached picture, and draw on plain pixels.
      textureOnViewport: true,
      pixelRatio: 1,
    });
    cyRef.current = cy;
    const unregister = registerCy(cy);
    const nodeId = (event: EventObject) => (event.target as NodeSingular).id();
    cy.on('tap', 'node', (event) => {
      const id = nodeId(event);
      setMenu(null);
      setFocusedId(id);
      const original = event.originalEvent as MouseEvent | undefined;
      if (original && (original.ctrlKey || original.metaKey || original.shiftKey)) {
        latest.current.onTogglePick(id);
      } else {
        latest.current.onActivate(id);
      }
    });
    cy.on('dbltap', 'node', (event) => latest.current.onToggleExpand(nodeId(event)));
    cy.on('cxttap', 'node', (event) => {
      const position = (event.target as NodeSingular).renderedPosition();
      setFocusedId(nodeId(event));
      setMenu({ nodeId: nodeId(event), x: position.x, y: position.y });
    });
    cy.on('tap', (event) => {
      if (event.target === cy) setMenu(null);
    });
    return () => {
      layoutRef.current?.stop();
      layoutRef.current = null;
      cy.destroy();
      unregister();
      cyRef.current = null;
    };
  }, []);

  // Bring the drawing in line with the elements, in one batch; lay out when nodes came or went.
  const { elements, layout } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    performance.mark('antenne:elements-sync-start');
    const wanted = new Map(elements.map((element) => [String(element.data.id), element]));
    let nodesChanged = false;
    let allNodesNew = false;
    cy.batch(() => {
      cy.elements().forEach((element) => {
        if (!wanted.has(element.id())) {
          if (element.isNode()) nodesChanged = true;
          element.remove();
        }
      });
      const added: ElementDefinition[] = [];
      for (const [id, definition] of wanted) {
        const existing = cy.getElementById(id);
        if (existing.nonempty()) {
          existing.data(definition.data);
          existing.classes(definition.classes ?? []);
        } else {
          added.push(definition);
        }
      }
      const addedNodes = added.filter((definition) => definition.group === 'nodes');
      if (addedNodes.length > 0) nodesChanged = true;
      // Every node is new (a network opened afresh, not expanded): nothing on screen to keep.
      allNodesNew = addedNodes.length > 0 && cy.nodes().empty();
      const positions = startPositions(cy, addedNodes, elements);
      cy.add(
        addedNodes.map((definition) => ({
          ...definition,
          position: positions.get(String(definition.data.id)) ?? { x: 0, y: 0 },
        })),
      );
      cy.add(added.filter((definition) => definition.group === 'edges'));
      const focused = focusedRef.current;
      if (focused) cy.getElementById(focused).addClass('focused');
    });
    performance.mark('antenne:elements-synced');
    setCounts({ nodes: cy.nodes().length, edges: cy.edges().length });
    if (nodesChanged) {
      // A new network is shown whole while it is laid out: zoomed out, its labels are too small
      // to draw, which keeps the first drawing of a big network cheap.
      if (allNodesNew) cy.fit(undefined, 30);
      cy.one('render', () => performance.mark('antenne:graph-rendered'));
      runLayout(cy, layout, latest.current.centerId, layoutRef, true, setLayingOut);
    }
  }, [elements, layout]);

  // A chosen layout applies at once, from scratch.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && cy.nodes().length > 0)
      runLayout(cy, layout, latest.current.centerId, layoutRef, false, setLayingOut);
  }, [layout]);

  // The focus ring follows the focused node.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes('.focused').removeClass('focused');
    if (!focusedId) return;
    const node = cy.getElementById(focusedId);
    if (node.empty()) return;
    node.addClass('focused');
    const box = node.renderedBoundingBox();
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(node);
  }, [focusedId]);

  // The menu takes focus when it opens (it is keyed by node, so it opens afresh per node).
  const attachMenu = useCallback((element: HTMLDivElement | null) => {
    menuRef.current = element;
    element?.querySelector<HTMLButtonElement>('button')?.focus();
  }, []);

  const orderedIds = () => {
    const cy = cyRef.current;
    if (!cy) return [];
    const center = props.centerId;
    return cy
      .nodes()
      .map((node) => ({ id: node.id(), label: String(node.data('label')) }))
      .sort((a, b) => (a.id === center ? -1 : b.id === center ? 1 : a.label.localeCompare(b.label)))
      .map((node) => node.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const ids = orderedIds();
    if (ids.length === 0) return;
    const index = focusedId ? ids.indexOf(focusedId) : -1;
    const move = (step: number) => {
      event.preventDefault();
      const next = ids[(index + step + ids.length) % ids.length] ?? null;
      setFocusedId(next);
    };
    const current = focusedId && ids.includes(focusedId) ? focusedId : null;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        return move(index < 0 ? 1 : 1);
      case 'ArrowLeft':
      case 'ArrowUp':
        return move(index < 0 ? 0 : -1);
      case 'Home':
        event.preventDefault();
        return setFocusedId(ids[0] ?? null);
      case '+':
      case '=':
        return zoom(1.25);
      case '-':
        return zoom(0.8);
      case '0':
        return fitToView();
    }
    if (!current) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      props.onToggleExpand(current);
    } else if (event.key === ' ') {
      event.preventDefault();
      props.onTogglePick(current);
    } else if (event.key === 'o' || event.key === 'O') {
      props.onOpen(current);
    } else if (event.key === 'l' || event.key === 'L') {
      props.onAddLinkFrom(current);
    } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      const node = cyRef.current?.getElementById(current);
      const position = node?.nonempty() ? node.renderedPosition() : { x: 40, y: 40 };
      setMenu({ nodeId: current, ...position });
    } else if (event.key === 'i' || event.key === 'I') {
      props.onActivate(current);
    }
  };

  const zoom = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
  };
  const fitToView = () => cyRef.current?.fit(undefined, 30);
  const exportPng = async () => {
    const cy = cyRef.current;
    if (!cy) return;
    const blob = await cy.png({ output: 'blob-promise', bg: '#ffffff', full: false, scale: 2 });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'antenne-netwerk.png';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const closeMenu = () => {
    setMenu(null);
    container.current?.focus();
  };
  const menuAction = (action: (id: string) => void) => () => {
    if (!menu) return;
    const id = menu.nodeId;
    setMenu(null);
    action(id);
  };

  return (
    <div className="network-canvas">
      <div className="network-canvas__tools" role="toolbar" aria-label={t('graph.view')}>
        <button
          type="button"
          className="icon-button"
          onClick={() => zoom(1.25)}
          title={t('graph.zoomIn')}
        >
          <span aria-hidden="true">+</span>
          <span className="visually-hidden">{t('graph.zoomIn')}</span>
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => zoom(0.8)}
          title={t('graph.zoomOut')}
        >
          <span aria-hidden="true">−</span>
          <span className="visually-hidden">{t('graph.zoomOut')}</span>
        </button>
        <button type="button" className="button button--secondary" onClick={fitToView}>
          {t('graph.fit')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void exportPng()}>
          {t('graph.exportPng')}
        </button>
      </div>
      <div
        ref={container}
        className="network-canvas__graph"
        data-testid="network-graph"
        data-node-count={counts.nodes}
        data-edge-count={counts.edges}
        data-layout={layingOut ? 'running' : 'done'}
        aria-busy={layingOut !== null}
        role="application"
        aria-roledescription={t('graph.view.graph')}
        aria-label={props.label}
        aria-describedby={helpId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes keyboard focus to move between nodes.
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      {layingOut && (
        <div className="network-canvas__progress" role="status" data-testid="layout-progress">
          <progress aria-label={t('graph.layingOut', { count: formatNumber(layingOut.nodes) })} />
          <span>{t('graph.layingOut', { count: formatNumber(layingOut.nodes) })}</span>
        </div>
      )}
      <p id={helpId} className="network-canvas__help">
        {t('graph.keyboardHelp')}
      </p>
      <p className="visually-hidden" role="status" data-testid="graph-focus">
        {focusedId ? t('graph.focused', props.describe(focusedId)) : ''}
      </p>
      {menu && (
        <div
          key={menu.nodeId}
          ref={attachMenu}
          className="node-menu"
          role="menu"
          aria-label={t('node.menu', { name: props.describe(menu.nodeId).name })}
          style={{ left: menu.x + 12, top: menu.y + 56 }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') closeMenu();
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const items = [...(menuRef.current?.querySelectorAll('button') ?? [])];
              const at = items.indexOf(document.activeElement as HTMLButtonElement);
              const step = event.key === 'ArrowDown' ? 1 : -1;
              items[(at + step + items.length) % items.length]?.focus();
            }
          }}
        >
          <button type="button" role="menuitem" onClick={menuAction(props.onOpen)}>
            {t('node.open')}
          </button>
          <button type="button" role="menuitem" onClick={menuAction(props.onToggleExpand)}>
            {props.isExpanded(menu.nodeId) ? t('node.collapse') : t('node.expand')}
          </button>
          <button type="button" role="menuitem" onClick={menuAction(props.onTogglePick)}>
            {props.isPicked(menu.nodeId) ? t('node.deselect') : t('node.select')}
          </button>
          <button type="button" role="menuitem" onClick={menuAction(props.onAddLinkFrom)}>
            {t('node.addLinkFromHere')}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * Where each new node starts: beside a neighbour already drawn, so an incremental layout moves
 * little; else at random near the middle. One pass over the links (big networks add thousands).
 */
function startPositions(
  cy: Core,
  added: readonly ElementDefinition[],
  elements: readonly ElementDefinition[],
): Map<string, { x: number; y: number }> {
  const wanted = new Set(added.map((definition) => String(definition.data.id)));
  const drawnNeighbour = new Map<string, string>();
  for (const element of elements) {
    if (element.group !== 'edges') continue;
    const source = String(element.data.source);
    const target = String(element.data.target);
    if (wanted.has(source) && !wanted.has(target) && !drawnNeighbour.has(source))
      drawnNeighbour.set(source, target);
    if (wanted.has(target) && !wanted.has(source) && !drawnNeighbour.has(target))
      drawnNeighbour.set(target, source);
  }
  const spread = Math.max(200, Math.sqrt(wanted.size) * 40);
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of wanted) {
    const neighbour = cy.getElementById(drawnNeighbour.get(id) ?? '');
    if (neighbour.nonempty()) {
      const { x, y } = neighbour.position();
      positions.set(id, { x: x + (Math.random() - 0.5) * 80, y: y + (Math.random() - 0.5) * 80 });
    } else {
      positions.set(id, { x: (Math.random() - 0.5) * spread, y: (Math.random() - 0.5) * spread });
    }
  }
  return positions;
}

function layoutOptions(
  name: LayoutName,
  cy: Core,
  centerId: string | null,
  incremental: boolean,
): LayoutOptions {
  const common = { fit: true, padding: 30, animate: false };
  const center = centerId ? cy.getElementById(centerId) : cy.collection();
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        randomize: !incremental,
        quality: 'default',
        nodeRepulsion: () => 8000,
        idealEdgeLength: () => 90,
        nodeSeparation: 80,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: (node: NodeSingular) => (node.id() === centerId ? 100 : node.degree(false)),
        levelWidth: () => 2,
        minNodeSpacing: 30,
      } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.1,
        ...(center.nonempty() ? { roots: center } : {}),
      } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true } as LayoutOptions;
  }
}

/** A layout being computed: on the main thread by Cytoscape, or in a worker for big networks. */
type RunningLayout = Pick<Layouts, 'stop'> | OffThreadLayout;

/**
 * Lays the graph out. fCoSE on a big network runs in a web worker (the page stays responsive and
 * shows progress); everything else runs at once. Marks `antenne:layout-done` when finished.
 */
function runLayout(
  cy: Core,
  name: LayoutName,
  centerId: string | null,
  current: { current: RunningLayout | null },
  incremental: boolean,
  onProgress: (progress: LayoutProgress | null) => void,
) {
  current.current?.stop();
  current.current = null;
  const nodes = cy.nodes().length;
  if (nodes === 0) return onProgress(null);
  const done = () => {
    performance.mark('antenne:layout-done', { detail: { nodes } });
    onProgress(null);
  };
  if (name === 'fcose' && nodes >= offThreadLayoutFrom) {
    onProgress({ nodes, offThread: true });
    const running = runLayoutOffThread(cy, !incremental, () => {
      if (current.current === running) current.current = null;
      done();
    });
    current.current = running;
    return;
  }
  const layout = cy.layout(layoutOptions(name, cy, centerId, incremental));
  current.current = layout;
  layout.one('layoutstop', () => {
    if (current.current === layout) current.current = null;
    done();
  });
  layout.run();
}
