import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/apiError';
import type { Network } from '../models/stakeholder';
import type { StakeholderDetails } from '../models/stakeholderDetails';
import { cutNetwork, syntheticNetwork } from '../models/syntheticNetwork';
import { edge, network, node } from '../models/testNetwork';
import { createExplorerStore, type ExplorerLoaders } from './explorerStore';

const networks: Record<string, Network> = {
  a: network('a', [node('a'), node('b')], [edge('ab', 'a', 'b')]),
  b: network('b', [node('b'), node('a'), node('c')], [edge('ab', 'a', 'b'), edge('bc', 'b', 'c')]),
  c: network('c', [node('c'), node('b')], [edge('bc', 'b', 'c')]),
};
const details = (id: string): StakeholderDetails => ({
  kind: 'THEME',
  id,
  name: id,
  links: [],
  contacts: [],
});

function loaders(overrides: Partial<ExplorerLoaders> = {}): ExplorerLoaders {
  return {
    network: async (center) => {
      const found = networks[center];
      if (!found) throw new ApiError('NOT_FOUND', center);
      return found;
    },
    details: async (id) => details(id),
    ...overrides,
  };
}

describe('the explorer store', () => {
  it('opens a stakeholder with their network and details', async () => {
    const store = createExplorerStore(loaders());
    await store.open('a');
    const state = store.getSnapshot();
    expect(state.load.phase).toBe('loaded');
    expect([...state.graph.nodes.keys()]).toEqual(['a', 'b']);
    expect(state.details).toEqual({ phase: 'loaded', id: 'a', details: details('a') });
  });

  it('expands a node and collapses it again', async () => {
    const store = createExplorerStore(loaders());
    await store.open('a');
    await store.toggleExpand('b');
    expect([...store.getSnapshot().graph.nodes.keys()]).toEqual(['a', 'b', 'c']);
    await store.toggleExpand('b');
    expect([...store.getSnapshot().graph.nodes.keys()]).toEqual(['a', 'b']);
  });

  it('drops a network that arrives after the user opened someone else', async () => {
    let release: (value: Network) => void = () => {};
    const store = createExplorerStore(
      loaders({
        network: (center, signal) =>
          center === 'a'
            ? new Promise((resolve, reject) => {
                release = resolve;
                signal.addEventListener('abort', () => reject(new DOMException('x', 'AbortError')));
              })
            : Promise.resolve(networks.c ?? networks.a ?? network('c', [], [])),
      }),
    );
    const first = store.open('a');
    await store.open('c');
    release(networks.a ?? network('a', [], []));
    await first;
    expect(store.getSnapshot().graph.centerId).toBe('c');
  });

  it('keeps at most two picked nodes for a path, the newest last', () => {
    const store = createExplorerStore(loaders());
    store.togglePick('a');
    store.togglePick('b');
    store.togglePick('c');
    expect(store.getSnapshot().picked).toEqual(['b', 'c']);
    store.togglePick('b');
    expect(store.getSnapshot().picked).toEqual(['c']);
  });

  it('reports a network that cannot be loaded with its error code', async () => {
    const store = createExplorerStore(loaders());
    await store.open('missing');
    const state = store.getSnapshot();
    expect(state.load.phase === 'failed' && state.load.error.code).toBe('NOT_FOUND');
  });

  it('puts a recorded node on the graph and reloads the details shown', async () => {
    let loads = 0;
    const store = createExplorerStore(
      loaders({
        details: async (id) => {
          loads++;
          return details(id);
        },
      }),
    );
    await store.open('a');
    store.recorded({ nodes: [node('n')], edges: [edge('an', 'a', 'n')] });
    expect(store.getSnapshot().graph.edges.has('an')).toBe(true);
    await Promise.resolve();
    expect(loads).toBe(2);
  });

  it('loads more of a cut-off center with a doubled cap until nothing is left out', async () => {
    const big = syntheticNetwork(400, 2);
    const limits: number[] = [];
    const store = createExplorerStore(
      loaders({
        network: async (_center, _signal, limit) => {
          limits.push(limit);
          return cutNetwork(big, limit);
        },
      }),
    );
    await store.open(big.centerId);
    expect(store.getSnapshot().graph.nodes.size).toBe(150);
    await store.loadMore();
    expect(store.getSnapshot().graph.nodes.size).toBe(300);
    expect(store.getSnapshot().graph.omitted.get(big.centerId)).toBe(100);
    await store.loadMore();
    const { graph, centerLimit, loadingMore } = store.getSnapshot();
    expect(graph.nodes.size).toBe(400);
    expect(graph.omitted.size).toBe(0);
    expect({ centerLimit, loadingMore }).toEqual({ centerLimit: 600, loadingMore: false });
    expect(limits).toEqual([150, 300, 600]);
  });
});
