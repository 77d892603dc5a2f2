import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';
import type { Adjacency } from './shortestPaths.js';
import { allSources, type ShortestPathSums, shortestPathSums } from './shortestPaths.js';

/** CSR adjacency of an undirected simple graph on `n` nodes from a list of ties. */
function adjacencyOf(n: number, ties: ReadonlyArray<readonly [number, number]>): Adjacency {
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of ties) {
    lists[a]?.push(b);
    lists[b]?.push(a);
  }
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = (offsets[v] as number) + (lists[v]?.length ?? 0);
  return { offsets, targets: Int32Array.from(lists.flat()) };
}

/** G(n, m) with a seeded generator: m distinct ties chosen uniformly. */
function randomGraph(n: number, m: number, seed: number): Array<[number, number]> {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const ties: Array<[number, number]> = [];
  while (ties.length < m) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    ties.push([a, b]);
  }
  return ties;
}

/**
 * Brandes (2001) as the textbook writes it: a queue, predecessor lists, a stack, and the
 * predecessor form of the dependency recursion. The reference the optimised sweeper must match.
 */
function textbookSums(graph: Adjacency, sources: ArrayLike<number>, walkBack: boolean) {
  const n = graph.offsets.length - 1;
  const sums: ShortestPathSums = {
    dependency: new Float64Array(n),
    distanceSum: new Float64Array(n),
    reached: new Int32Array(n),
  };
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k] as number;
    const distance = new Array<number>(n).fill(-1);
    const sigma = new Array<number>(n).fill(0);
    const parents: number[][] = Array.from({ length: n }, () => []);
    const stack: number[] = [];
    const queue = [s];
    distance[s] = 0;
    sigma[s] = 1;
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head] as number;
      stack.push(v);
      for (let e = graph.offsets[v] as number; e < (graph.offsets[v + 1] as number); e++) {
        const w = graph.targets[e] as number;
        if ((distance[w] as number) < 0) {
          distance[w] = (distance[v] as number) + 1;
          queue.push(w);
        }
        if (distance[w] === (distance[v] as number) + 1) {
          sigma[w] = (sigma[w] as number) + (sigma[v] as number);
          parents[w]?.push(v);
        }
      }
    }
    sums.reached[s] = queue.length;
    sums.distanceSum[s] = queue.reduce((total, v) => total + (distance[v] as number), 0);
    if (!walkBack) continue;
    const delta = new Array<number>(n).fill(0);
    while (stack.length > 0) {
      const w = stack.pop() as number;
      for (const v of parents[w] ?? []) {
        delta[v] =
          (delta[v] as number) +
          ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
      }
      if (w !== s) sums.dependency[w] = (sums.dependency[w] as number) + (delta[w] as number);
    }
  }
  return sums;
}

function expectSameSums(actual: ShortestPathSums, expected: ShortestPathSums): void {
  expect(Array.from(actual.reached)).toEqual(Array.from(expected.reached));
  expect(Array.from(actual.distanceSum)).toEqual(Array.from(expected.distanceSum));
  for (let v = 0; v < expected.dependency.length; v++) {
    const want = expected.dependency[v] as number;
    expect(Math.abs((actual.dependency[v] as number) - want)).toBeLessThanOrEqual(
      1e-9 * Math.max(1, want),
    );
  }
}

// A small world (the widest levels go bottom-up), a sparse graph with several components and
// isolated nodes, a long chain (top-down only) and a star plus a clique (one very wide level).
const networks: Record<string, { n: number; ties: Array<[number, number]> }> = {
  'small world': { n: 400, ties: randomGraph(400, 2000, 7) },
  'several components': { n: 300, ties: randomGraph(300, 260, 3) },
  chain: { n: 60, ties: Array.from({ length: 59 }, (_, i): [number, number] => [i, i + 1]) },
  'star and clique': {
    n: 50,
    ties: [
      ...Array.from({ length: 30 }, (_, i): [number, number] => [0, i + 1]),
      ...randomGraph(19, 171, 1).map(([a, b]): [number, number] => [a + 31, b + 31]),
      [30, 31],
    ],
  },
};

describe('the level-by-level shortest-path searches', () => {
  for (const [name, { n, ties }] of Object.entries(networks)) {
    const graph = adjacencyOf(n, ties);
    const sources = allSources(graph);

    it(`give the textbook Brandes sums on a ${name}`, () => {
      expectSameSums(
        shortestPathSums(graph, sources, { betweenness: true }),
        textbookSums(graph, sources, true),
      );
    });

    it(`give the textbook distances without walking back on a ${name}`, () => {
      const sums = shortestPathSums(graph, sources, { betweenness: false });
      expectSameSums(sums, textbookSums(graph, sources, false));
      expect(sums.dependency.every((value) => value === 0)).toBe(true);
    });

    it(`walk back only from the pivots, with exact distances from every source, on a ${name}`, () => {
      const pivotMask = new Uint8Array(n);
      const pivots = sources.filter((v) => v % 7 === 3);
      for (const pivot of pivots) pivotMask[pivot] = 1;
      const sums = shortestPathSums(graph, sources, { betweenness: true, pivotMask });
      const expected = textbookSums(graph, sources, false);
      expected.dependency = textbookSums(graph, pivots, true).dependency;
      expectSameSums(sums, expected);
    });
  }

  it('can be reused source after source in any order (scratch arrays are reset)', () => {
    const { n, ties } = networks['small world'] as { n: number; ties: Array<[number, number]> };
    const graph = adjacencyOf(n, ties);
    const shuffled = allSources(graph).reverse();
    expectSameSums(
      shortestPathSums(graph, shuffled, { betweenness: true }),
      textbookSums(graph, allSources(graph), true),
    );
  });
});
