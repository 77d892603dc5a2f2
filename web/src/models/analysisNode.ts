import { list, oneOf, record, text } from './shape';
import { type StakeholderKind, stakeholderKinds } from './stakeholder';

/** A stakeholder, area or theme as an analysis answer names it (the API's `AnalysisNode`). */
export interface AnalysisNode {
  id: string;
  kind: StakeholderKind;
  name: string;
}

export function parseAnalysisNode(value: unknown, what: string): AnalysisNode {
  const node = record(value, what);
  return {
    id: text(node.id, `${what}.id`),
    kind: oneOf(node.kind, stakeholderKinds, `${what}.kind`),
    name: text(node.name, `${what}.name`),
  };
}

export const parseAnalysisNodes = (value: unknown, what: string): AnalysisNode[] =>
  list(value, what).map((item, index) => parseAnalysisNode(item, `${what}.${index}`));

/** The nodes of a connection page (`{ edges: [{ node }] }`), each read by `parse`. */
export function connectionNodes<T>(
  value: unknown,
  what: string,
  parse: (node: Record<string, unknown>, what: string) => T,
): T[] {
  return list(record(value, what).edges, `${what}.edges`).map((edge, index) =>
    parse(record(record(edge, `${what}.${index}`).node, `${what}.${index}.node`), what),
  );
}
