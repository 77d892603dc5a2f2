import type { AbstractGraph as Graph } from 'graphology-types';
import { type IndexedGraph, toIndexedGraph } from '../indexedGraph.js';
import type { Placement } from './coverage.js';

/** Lists per key in compressed form: key `k`'s values are `values[offsets[k]] … values[offsets[k + 1] - 1]`. */
export interface CompressedLists {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

/**
 * What suggested introductions need of every node, as typed arrays aligned with the node order of
 * `toIndexedGraph(graph)`: the themes and areas each node is placed in (as ordinals of
 * `themeNames` / `areaNames`), the nodes in each theme, and each node's community (NaN: none).
 * Built once per projection, so a request compares numbers instead of looking up names: at
 * 100,000 stakeholders tens of thousands of people share a theme with anyone.
 */
export interface IntroductionIndex {
  readonly indexed: IndexedGraph;
  readonly themeNames: readonly string[];
  readonly themeOrdinal: ReadonlyMap<string, number>;
  /** How many distinct areas the placements name. */
  readonly areaCount: number;
  readonly themesOf: CompressedLists;
  readonly areasOf: CompressedLists;
  readonly membersOf: CompressedLists;
  readonly community: Float64Array;
  /** 1 when the node has a placement (its lists may still be empty). */
  readonly placed: Uint8Array;
}

function compress(lists: readonly (readonly number[])[]): CompressedLists {
  const offsets = new Int32Array(lists.length + 1);
  for (const [k, list] of lists.entries()) offsets[k + 1] = (offsets[k] as number) + list.length;
  const values = new Int32Array(offsets[lists.length] as number);
  for (const [k, list] of lists.entries()) values.set(list, offsets[k] as number);
  return { offsets, values };
}

/** Builds the index of a graph from the placements and (optionally) the communities. */
export function prepareIntroductions(
  graph: Graph,
  placements: ReadonlyMap<string, Placement>,
  communities?: ReadonlyMap<string, number>,
): IntroductionIndex {
  const indexed = toIndexedGraph(graph);
  const n = indexed.ids.length;
  const themeOrdinal = new Map<string, number>();
  const areaOrdinal = new Map<string, number>();
  const ordinalOf = (names: Map<string, number>, name: string) => {
    let ordinal = names.get(name);
    if (ordinal === undefined) {
      ordinal = names.size;
      names.set(name, ordinal);
    }
    return ordinal;
  };
  const themes: number[][] = [];
  const areas: number[][] = [];
  const placed = new Uint8Array(n);
  const community = new Float64Array(n).fill(Number.NaN);
  for (const [node, id] of indexed.ids.entries()) {
    const placement = placements.get(id);
    if (placement) placed[node] = 1;
    themes.push([...new Set((placement?.themes ?? []).map((t) => ordinalOf(themeOrdinal, t)))]);
    areas.push([...new Set((placement?.areas ?? []).map((a) => ordinalOf(areaOrdinal, a)))]);
    const group = communities?.get(id);
    if (group !== undefined) community[node] = group;
  }
  const members: number[][] = Array.from({ length: themeOrdinal.size }, () => []);
  for (const [node, list] of themes.entries())
    for (const theme of list) (members[theme] as number[]).push(node);
  return {
    indexed,
    themeNames: [...themeOrdinal.keys()],
    themeOrdinal,
    areaCount: areaOrdinal.size,
    themesOf: compress(themes),
    areasOf: compress(areas),
    membersOf: compress(members),
    community,
    placed,
  };
}
