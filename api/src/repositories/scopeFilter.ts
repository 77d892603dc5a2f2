import type { RegisterScope } from '../auth/registerScope.js';
import type { QueryRunner } from '../neo4j/database.js';

/**
 * The one Cypher predicate every register read uses to keep out what lies outside the viewer's
 * scope (docs/privacy.md §7), so such data never leaves the database. A stakeholder (Person,
 * Organization, Initiative) is in scope when it LIVES_IN, COVERS or is LOCATED_IN an area of the
 * scope, or when it has no such link and the viewer created it. Areas, themes and contacts are
 * not stakeholders: areas and themes are always in scope, contacts through their participants.
 *
 * For the whole register the predicate is `true`, so the planner keeps using the indexes as
 * before; otherwise it tests the node's few area links against `$scopeAreaIds` (a list parameter).
 * Add `scopeParams(scope)` to the statement's parameters.
 */
export function stakeholderInScope(variable: string, scope: RegisterScope): string {
  if (scope.kind === 'all') return 'true';
  const v = variable;
  return `(NOT (${v}:Person OR ${v}:Organization OR ${v}:Initiative)
    OR EXISTS { MATCH (${v})-[:LIVES_IN|COVERS|LOCATED_IN]->(scopeArea:Area) WHERE scopeArea.id IN $scopeAreaIds }
    OR (${v}.createdBy = $scopeUserId AND NOT EXISTS { (${v})-[:LIVES_IN|COVERS|LOCATED_IN]->(:Area) }))`;
}

/**
 * A contact moment is in scope when every stakeholder it involves is (a contact with none only
 * for the account that recorded it, or with the whole register).
 */
export function contactInScope(variable: string, scope: RegisterScope): string {
  if (scope.kind === 'all') return 'true';
  const v = variable;
  return `(NOT EXISTS { MATCH (${v})-[:INVOLVES|ABOUT]->(scopeEnd)
      WHERE (scopeEnd:Person OR scopeEnd:Organization OR scopeEnd:Initiative)
        AND NOT ${stakeholderInScope('scopeEnd', scope)} }
    AND (EXISTS { (${v})-[:INVOLVES|ABOUT]->(:Person|Organization|Initiative) } OR ${v}.createdBy = $scopeUserId))`;
}

/** The parameters the predicates above refer to. */
export function scopeParams(scope: RegisterScope): Record<string, unknown> {
  return scope.kind === 'all'
    ? {}
    : { scopeAreaIds: [...scope.areaIds], scopeUserId: scope.userId };
}

/** The given areas and every area inside them (PART_OF*0..), once each. */
export async function expandAreaSubtrees(
  tx: QueryRunner,
  areaIds: readonly string[],
): Promise<string[]> {
  if (areaIds.length === 0) return [];
  const rows = await tx.run<{ ids: string[] }>(
    `/* expandAreaSubtrees */
     MATCH (root:Area) WHERE root.id IN $areaIds
     MATCH (a:Area)-[:PART_OF*0..]->(root)
     RETURN collect(DISTINCT a.id) AS ids`,
    { areaIds: [...areaIds] },
  );
  return rows[0]?.ids ?? [];
}

/** Which of these nodes (stakeholders by id) the scope covers; with the whole register, all that exist. */
export async function findIdsInScope(
  tx: QueryRunner,
  ids: readonly string[],
  scope: RegisterScope,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.run<{ id: string }>(
    `/* findIdsInScope */
     MATCH (n) WHERE n.id IN $ids AND (n:Person OR n:Organization OR n:Initiative OR n:Area OR n:Theme)
       AND ${stakeholderInScope('n', scope)}
     RETURN n.id AS id`,
    { ids: [...ids], ...scopeParams(scope) },
  );
  return new Set(rows.map((row) => row.id));
}
