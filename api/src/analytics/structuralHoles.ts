import type { AbstractGraph as Graph } from 'graphology-types';
import { weightedDegreesOf } from './degree.js';
import {
  type IndexedGraph,
  type NodeScores,
  scoresByNode,
  toIndexedGraph,
  type WeightOption,
} from './indexedGraph.js';

/** Burt's structural-hole measures per node; NaN for a node without ties (undefined, as in NetworkX). */
export interface StructuralHoles {
  constraint: Float64Array;
  effectiveSize: Float64Array;
}

/**
 * Burt's constraint and effective size as NetworkX 3.6 `constraint` / `effective_size` compute
 * them (weighted when the graph carries weights, unweighted otherwise). With p_ij = w_ij / Σ_k w_ik
 * (the share of i's tie strength that goes to j) and m_jq = w_jq / max_k w_jk:
 *   constraint(i)    = Σ_{j∈N(i)} (p_ij + Σ_{q∈N(i)} p_iq · p_qj)²
 *   effectiveSize(i) = Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq · m_jq)
 * Unweighted, effective size reduces to Borgatti's n − 2t/n. Each node costs the sum of its
 * neighbours' degrees, using a dense "is my neighbour" mark instead of hash lookups.
 */
export function structuralHolesOf(graph: IndexedGraph): StructuralHoles {
  const n = graph.ids.length;
  const { offsets, targets, weights } = graph;
  const strength = weightedDegreesOf(graph);
  const strongest = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let max = 0;
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++)
      max = Math.max(max, weights[e] as number);
    strongest[v] = max;
  }
  const constraint = new Float64Array(n);
  const effectiveSize = new Float64Array(n);
  // share[q] = p_iq for the current ego i, valid only where mark[q] === i + 1.
  const share = new Float64Array(n);
  const mark = new Int32Array(n);
  const indirect = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const si = strength[i] as number;
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    if (si === 0) {
      constraint[i] = Number.NaN;
      effectiveSize[i] = Number.NaN;
      continue;
    }
    const stamp = i + 1;
    for (let e = start; e < end; e++) {
      const j = targets[e] as number;
      share[j] = (weights[e] as number) / si;
      mark[j] = stamp;
      indirect[j] = 0;
    }
    let redundancy = 0;
    let ties = 0;
    for (let e = start; e < end; e++) {
      const q = targets[e] as number;
      const piq = share[q] as number;
      const sq = strength[q] as number;
      const mq = strongest[q] as number;
      let overlap = 0;
      for (let f = offsets[q] as number; f < (offsets[q + 1] as number); f++) {
        const j = targets[f] as number;
        if (mark[j] !== stamp) continue;
        const wqj = weights[f] as number;
        // Through q, i is invested in j: feeds j's constraint term.
        indirect[j] = (indirect[j] as number) + (piq * wqj) / sq;
        // q's tie to j, relative to q's strongest tie, makes i's tie to q redundant with j.
        overlap += ((share[j] as number) * wqj) / mq;
      }
      if ((weights[e] as number) > 0) {
        redundancy += 1 - overlap;
        ties++;
      }
    }
    let sum = 0;
    for (let e = start; e < end; e++) {
      if ((weights[e] as number) <= 0) continue;
      const j = targets[e] as number;
      sum += ((share[j] as number) + (indirect[j] as number)) ** 2;
    }
    constraint[i] = sum;
    effectiveSize[i] = ties > 0 ? redundancy : Number.NaN;
  }
  return { constraint, effectiveSize };
}

export function constraint(graph: Graph, options: WeightOption = {}): NodeScores {
  const indexed = toIndexedGraph(graph, options);
  return scoresByNode(indexed, structuralHolesOf(indexed).constraint);
}

export function effectiveSize(graph: Graph, options: WeightOption = {}): NodeScores {
  const indexed = toIndexedGraph(graph, options);
  return scoresByNode(indexed, structuralHolesOf(indexed).effectiveSize);
}
