import type { IndexedGraph } from './indexedGraph.js';

/** Raw sums from breadth-first searches, before any NetworkX normalisation. */
export interface ShortestPathSums {
  /** Brandes' dependency sums over the chosen sources (ordered pairs, so each pair counts twice). */
  dependency: Float64Array;
  /** Per source: the sum of hop distances to every node it reaches. */
  distanceSum: Float64Array;
  /** Per source: how many nodes it reaches, itself included. */
  reached: Int32Array;
}

/** The adjacency the searches need: node `v`'s neighbours are `targets[offsets[v] … offsets[v+1]-1]`. */
export type Adjacency = Pick<IndexedGraph, 'offsets' | 'targets'>;

/** Which searches also walk back to accumulate Brandes' dependencies. */
export interface SweepOptions {
  betweenness: boolean;
  /** When set, only sources with a 1 here walk back (sampled betweenness); the rest only count distances. */
  pivotMask?: Uint8Array | null;
}

/** A reusable set of scratch arrays that sums searches from any sources into one `ShortestPathSums`. */
export interface Sweeper {
  readonly sums: ShortestPathSums;
  /** Searches from `sources[from] … sources[to - 1]` and adds them to `sums`. */
  sweep(sources: ArrayLike<number>, from: number, to: number): void;
}

export function emptySums(nodeCount: number): ShortestPathSums {
  return {
    dependency: new Float64Array(nodeCount),
    distanceSum: new Float64Array(nodeCount),
    reached: new Int32Array(nodeCount),
  };
}

/**
 * One breadth-first search per source, feeding both betweenness (Brandes 2001) and closeness,
 * because both need the same searches and these searches are where the time goes. Everything
 * stays in typed arrays with O(n + m) memory. Searches from different sources are independent,
 * so `parallelShortestPaths.ts` hands batches of sources to several sweepers (one per thread) and
 * adds their sums.
 *
 * The search goes level by level and, per level, the cheaper way round (Beamer's
 * direction-optimising search): top-down, the new level's nodes scan their ties; bottom-up,
 * once the unvisited nodes have fewer ties than the level, each unvisited node scans its own ties
 * for parents on the level. On a small-world network the one or two widest levels are bottom-up,
 * which skips most ties between nodes that are already visited. Either way each arc of the
 * shortest-path DAG is recorded once: top-down as a successor of its parent, bottom-up as a
 * predecessor of its child. The way back reads only those arcs, in the successor form of
 * Brandes' recursion, δ(v) = σ(v) · Σ_{w ∈ succ(v)} (1 + δ(w)) / σ(w): the factor
 * (1 + δ(w)) / σ(w) is kept per node, and a child whose parents were recorded pushes it into
 * their running sums instead. Path counts σ are whole numbers, so their order of addition does
 * not matter; δ differs from the textbook order of additions by rounding only (around 1e-16).
 */
export function createSweeper(adjacency: Adjacency, options: SweepOptions): Sweeper {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const arcCount = targets.length;
  const sums = emptySums(n);
  const { dependency, distanceSum, reached } = sums;
  const order = new Int32Array(n);
  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  // factor[w] = (1 + δ(w)) / σ(w), set on the way back before any parent reads it.
  const factor = new Float64Array(n);
  // Σ of factor[w] over the children w that recorded this node as their parent (bottom-up levels).
  const pushed = new Float64Array(n);
  // Each tie is a DAG arc in at most one direction, so m slots would do for both lists together.
  const successors = new Int32Array(Math.max(arcCount, 1));
  const predecessors = new Int32Array(Math.max(arcCount, 1));
  // Both lists are filled in visiting order, so position i of `order` owns the successor arcs
  // successorEnd[i-1] … successorEnd[i]-1 and the parent arcs predecessorEnd[i-1] … (none for i = 0).
  const successorEnd = new Int32Array(n);
  const predecessorEnd = new Int32Array(n);
  // Nodes not yet visited, for bottom-up levels; built on the first one of each search.
  const pending = new Int32Array(n);
  const mask = options.pivotMask ?? null;

  /** Brandes' search from `source`, with the way back; returns how many nodes it reached. */
  const brandes = (source: number): number => {
    let tail = 0;
    order[tail++] = source;
    distance[source] = 0;
    sigma[source] = 1;
    predecessorEnd[0] = 0;
    let successorArcs = 0;
    let predecessorArcs = 0;
    // Ties of the nodes visited so far (the current level's included), to choose a direction.
    let visitedArcs = 0;
    let pendingCount = -1;
    let distances = 0;
    for (let level = 0, levelStart = 0; levelStart < tail; level++) {
      const levelEnd = tail;
      distances += level * (levelEnd - levelStart);
      const next = level + 1;
      let levelArcs = 0;
      for (let i = levelStart; i < levelEnd; i++) {
        const v = order[i] as number;
        levelArcs += (offsets[v + 1] as number) - (offsets[v] as number);
      }
      visitedArcs += levelArcs;
      if (levelArcs <= arcCount - visitedArcs) {
        for (let i = levelStart; i < levelEnd; i++) {
          const v = order[i] as number;
          const sv = sigma[v] as number;
          const end = offsets[v + 1] as number;
          for (let e = offsets[v] as number; e < end; e++) {
            const w = targets[e] as number;
            const dw = distance[w] as number;
            if (dw < 0) {
              distance[w] = next;
              sigma[w] = sv;
              predecessorEnd[tail] = predecessorArcs;
              order[tail++] = w;
              successors[successorArcs++] = w;
            } else if (dw === next) {
              sigma[w] = (sigma[w] as number) + sv;
              successors[successorArcs++] = w;
            }
          }
          successorEnd[i] = successorArcs;
        }
      } else {
        for (let i = levelStart; i < levelEnd; i++) successorEnd[i] = successorArcs;
        if (pendingCount < 0) {
          pendingCount = 0;
          for (let w = 0; w < n; w++) if ((distance[w] as number) < 0) pending[pendingCount++] = w;
        }
        let kept = 0;
        for (let k = 0; k < pendingCount; k++) {
          const w = pending[k] as number;
          if ((distance[w] as number) >= 0) continue;
          const from = predecessorArcs;
          let sw = 0;
          const end = offsets[w + 1] as number;
          // Without a branch (which the processor would guess wrong half the time here): every
          // neighbour is written to the list, and the count moves on only for a parent.
          for (let e = offsets[w] as number; e < end; e++) {
            const v = targets[e] as number;
            const gap = (distance[v] as number) - level;
            const parent = ((gap | -gap) >>> 31) ^ 1;
            sw += parent * (sigma[v] as number);
            predecessors[predecessorArcs] = v;
            predecessorArcs += parent;
          }
          if (predecessorArcs === from) {
            pending[kept++] = w;
            continue;
          }
          distance[w] = next;
          sigma[w] = sw;
          predecessorEnd[tail] = predecessorArcs;
          order[tail++] = w;
        }
        pendingCount = kept;
      }
      levelStart = levelEnd;
    }
    let successorHigh = successorArcs;
    let predecessorHigh = predecessorArcs;
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i] as number;
      let share = pushed[w] as number;
      pushed[w] = 0;
      const successorLow = successorEnd[i - 1] as number;
      for (let e = successorLow; e < successorHigh; e++)
        share += factor[successors[e] as number] as number;
      successorHigh = successorLow;
      const sw = sigma[w] as number;
      const delta = sw * share;
      const f = (1 + delta) / sw;
      factor[w] = f;
      dependency[w] = (dependency[w] as number) + delta;
      const predecessorLow = predecessorEnd[i - 1] as number;
      for (let e = predecessorLow; e < predecessorHigh; e++) {
        const v = predecessors[e] as number;
        pushed[v] = (pushed[v] as number) + f;
      }
      predecessorHigh = predecessorLow;
    }
    pushed[source] = 0;
    distanceSum[source] = distances;
    return tail;
  };

  /**
   * Closeness needs distances only: the same level-by-level search without path counts, where a
   * bottom-up node stops at the first parent it finds (so bottom-up levels are cheaper still).
   */
  const distancesOnly = (source: number): number => {
    let tail = 0;
    order[tail++] = source;
    distance[source] = 0;
    let visitedArcs = 0;
    let pendingCount = -1;
    let distances = 0;
    for (let level = 0, levelStart = 0; levelStart < tail; level++) {
      const levelEnd = tail;
      distances += level * (levelEnd - levelStart);
      const next = level + 1;
      let levelArcs = 0;
      for (let i = levelStart; i < levelEnd; i++) {
        const v = order[i] as number;
        levelArcs += (offsets[v + 1] as number) - (offsets[v] as number);
      }
      visitedArcs += levelArcs;
      if (levelArcs <= arcCount - visitedArcs) {
        for (let i = levelStart; i < levelEnd; i++) {
          const v = order[i] as number;
          const end = offsets[v + 1] as number;
          for (let e = offsets[v] as number; e < end; e++) {
            const w = targets[e] as number;
            if ((distance[w] as number) < 0) {
              distance[w] = next;
              order[tail++] = w;
            }
          }
        }
      } else {
        if (pendingCount < 0) {
          pendingCount = 0;
          for (let w = 0; w < n; w++) if ((distance[w] as number) < 0) pending[pendingCount++] = w;
        }
        let kept = 0;
        for (let k = 0; k < pendingCount; k++) {
          const w = pending[k] as number;
          if ((distance[w] as number) >= 0) continue;
          const start = offsets[w] as number;
          const end = offsets[w + 1] as number;
          let e = start;
          while (e < end && distance[targets[e] as number] !== level) e++;
          if (e === end) {
            pending[kept++] = w;
            continue;
          }
          distance[w] = next;
          order[tail++] = w;
        }
        pendingCount = kept;
      }
      levelStart = levelEnd;
    }
    distanceSum[source] = distances;
    return tail;
  };

  return {
    sums,
    sweep(sources, from, to) {
      for (let k = from; k < to; k++) {
        const source = sources[k] as number;
        const backward = options.betweenness && (mask === null || mask[source] === 1);
        const tail = backward ? brandes(source) : distancesOnly(source);
        reached[source] = tail;
        // Reset only what this search touched: O(reached) instead of O(n) per source. σ goes back
        // to 0 because bottom-up levels read it for every neighbour (times 0 for non-parents); the
        // factors and the pushed sums are written before they are read, or cleared on the way.
        for (let i = 0; i < tail; i++) {
          const v = order[i] as number;
          distance[v] = -1;
          sigma[v] = 0;
        }
      }
    },
  };
}

/** Adds `part` into `total` (the sums of disjoint sets of sources). */
export function addSums(total: ShortestPathSums, part: ShortestPathSums): void {
  const n = total.dependency.length;
  for (let v = 0; v < n; v++) {
    total.dependency[v] = (total.dependency[v] as number) + (part.dependency[v] as number);
    total.distanceSum[v] = (total.distanceSum[v] as number) + (part.distanceSum[v] as number);
    total.reached[v] = (total.reached[v] as number) + (part.reached[v] as number);
  }
}

/** Searches from every source in `sources` on this thread. */
export function shortestPathSums(
  graph: Adjacency,
  sources: ArrayLike<number>,
  wanted: SweepOptions,
): ShortestPathSums {
  const sweeper = createSweeper(graph, wanted);
  sweeper.sweep(sources, 0, sources.length);
  return sweeper.sums;
}

/** Every node as a source, in index order. */
export function allSources(graph: Pick<IndexedGraph, 'offsets'>): Int32Array {
  const sources = new Int32Array(graph.offsets.length - 1);
  for (let i = 0; i < sources.length; i++) sources[i] = i;
  return sources;
}
