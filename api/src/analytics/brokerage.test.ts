import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { brokerageRoles } from './brokerage.js';

function graphOf(edges: Array<[string, string]>): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const [a, b] of edges) graph.mergeEdge(a, b);
  return graph;
}

/*
 * Hand-worked example. Groups (think: villages) A = {a1, a2, a3}, B = {b1, b2}, C = {c1};
 * d has no group. Ties: a1–a2, a1–a3, a1–b2, b1–a2, b1–a3, c1–a2, c1–b2, a1–d.
 * Open pairs around each broker (no tie between the two contacts), worked out by hand:
 *   a1 (A): {a2,a3} A,A → coordinator; {a2,b2} and {a3,b2}: shares A with one → gatekeeper/rep ×2;
 *           pairs with d are not counted (d has no group).
 *   a2 (A): {a1,b1} and {a1,c1} → gatekeeper/rep ×2; {b1,c1} B,C → liaison.
 *   a3 (A): {a1,b1} → gatekeeper/rep.
 *   b1 (B): {a2,a3} both A, broker B → itinerant.
 *   b2 (B): {a1,c1} A,C → liaison.
 *   c1 (C): {a2,b2} A,B → liaison.
 *   d: one contact, no pair.
 */
const example = graphOf([
  ['a1', 'a2'],
  ['a1', 'a3'],
  ['a1', 'b2'],
  ['b1', 'a2'],
  ['b1', 'a3'],
  ['c1', 'a2'],
  ['c1', 'b2'],
  ['a1', 'd'],
]);
const villages = new Map([
  ['a1', 'A'],
  ['a2', 'A'],
  ['a3', 'A'],
  ['b1', 'B'],
  ['b2', 'B'],
  ['c1', 'C'],
]);

describe('Gould–Fernandez brokerage roles on undirected ties', () => {
  const roles = brokerageRoles(example, villages);

  it('counts the hand-worked roles of every broker', () => {
    expect(roles.get('a1')).toEqual({
      coordinator: 1,
      itinerant: 0,
      gatekeeperRepresentative: 2,
      liaison: 0,
      total: 3,
    });
    expect(roles.get('a2')).toEqual({
      coordinator: 0,
      itinerant: 0,
      gatekeeperRepresentative: 2,
      liaison: 1,
      total: 3,
    });
    expect(roles.get('a3')).toEqual({
      coordinator: 0,
      itinerant: 0,
      gatekeeperRepresentative: 1,
      liaison: 0,
      total: 1,
    });
    expect(roles.get('b1')).toEqual({
      coordinator: 0,
      itinerant: 1,
      gatekeeperRepresentative: 0,
      liaison: 0,
      total: 1,
    });
    expect(roles.get('b2')).toEqual({
      coordinator: 0,
      itinerant: 0,
      gatekeeperRepresentative: 0,
      liaison: 1,
      total: 1,
    });
    expect(roles.get('c1')).toEqual({
      coordinator: 0,
      itinerant: 0,
      gatekeeperRepresentative: 0,
      liaison: 1,
      total: 1,
    });
  });

  it('gives a person outside the partition no roles and leaves them out of others’ pairs', () => {
    expect(roles.get('d')?.total).toBe(0);
  });

  it('does not count a pair that already knows each other (a closed triangle brokers nothing)', () => {
    const triangle = graphOf([
      ['x', 'y'],
      ['y', 'z'],
      ['z', 'x'],
    ]);
    const result = brokerageRoles(
      triangle,
      new Map([
        ['x', 'A'],
        ['y', 'B'],
        ['z', 'C'],
      ]),
    );
    expect([...result.values()].map((r) => r.total)).toEqual([0, 0, 0]);
  });

  it('turns a coordinator pair into nothing once the two contacts are introduced', () => {
    const introduced = example.copy();
    introduced.addEdge('a2', 'a3');
    const after = brokerageRoles(introduced, villages);
    expect(after.get('a1')?.coordinator).toBe(0);
    expect(after.get('b1')?.itinerant).toBe(0);
  });
});
