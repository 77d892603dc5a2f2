import {
  type DemoChunk,
  type DemoRelationship,
  type NodeLabel,
  type NodeRows,
  nodeLabels,
} from './model.js';

/**
 * Rows held in memory (a generated municipality, a fixture) as loader chunks: nodes per label in
 * the order relationships need them, then relationships grouped by type and end labels.
 */
export function toChunks(
  nodes: { [L in NodeLabel]?: readonly NodeRows[L][] },
  relationships: readonly DemoRelationship[],
): DemoChunk[] {
  const chunks: DemoChunk[] = [];
  for (const label of nodeLabels) {
    const rows = nodes[label];
    if (rows && rows.length > 0)
      chunks.push({ kind: 'nodes', label, rows: [...rows] } as DemoChunk);
  }
  const groups = new Map<string, DemoRelationship[]>();
  for (const r of relationships) {
    const key = `${r.type}|${r.fromLabel}|${r.toLabel}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  for (const rows of groups.values()) {
    const first = rows[0] as DemoRelationship;
    chunks.push({
      kind: 'relationships',
      type: first.type,
      fromLabel: first.fromLabel,
      toLabel: first.toLabel,
      rows,
    });
  }
  return chunks;
}
