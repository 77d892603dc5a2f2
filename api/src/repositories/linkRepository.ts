import { z } from 'zod';
import type { RegisterScope } from '../auth/registerScope.js';
import { type LinkType, linkTypeNames, linkTypes } from '../domain/linkTypes.js';
import type { Provenance } from '../domain/model.js';
import { type EntityLabel, entityLabels } from '../domain/vocabulary.js';
import type { QueryRunner } from '../neo4j/database.js';
import { nullableNeoDate, nullableString, provenanceRow, toNeo4jDate } from './neo4jValues.js';
import type { WriteMeta } from './nodeStore.js';
import { parseRows } from './rowParsing.js';
import { scopeParams, stakeholderInScope } from './scopeFilter.js';

/** A stored relationship between two register entities, as the app sees it. */
export interface Link extends Provenance {
  id: string;
  type: LinkType;
  key: string;
  from: { label: EntityLabel; id: string };
  to: { label: EntityLabel; id: string };
  strength: number | null;
  since: string | null;
  lastContact: string | null;
  endedAt: string | null;
  role: string | null;
}

export interface LinkPropertyValues {
  strength?: number | null;
  since?: string | null;
  lastContact?: string | null;
  endedAt?: string | null;
  role?: string | null;
}

const labelOf = (variable: string) => `[l IN labels(${variable}) WHERE l IN $entityLabels][0]`;

const linkProjection = `r {.*, type: type(r),
  fromId: startNode(r).id, fromLabel: ${labelOf('startNode(r)')},
  toId: endNode(r).id, toLabel: ${labelOf('endNode(r)')}} AS link`;

const linkRow = z
  .object({
    id: z.string(),
    type: z.enum(linkTypeNames as [LinkType, ...LinkType[]]),
    key: z.string(),
    fromId: z.string(),
    fromLabel: z.enum(entityLabels),
    toId: z.string(),
    toLabel: z.enum(entityLabels),
    strength: z
      .number()
      .int()
      .nullish()
      .transform((v) => v ?? null),
    since: nullableNeoDate,
    lastContact: nullableNeoDate,
    endedAt: nullableNeoDate,
    role: nullableString,
    ...provenanceRow,
  })
  .transform(
    ({ fromId, fromLabel, toId, toLabel, ...rest }): Link => ({
      ...rest,
      from: { label: fromLabel, id: fromId },
      to: { label: toLabel, id: toId },
    }),
  );

const parseLinks = (rows: { link: unknown }[], statement: string) =>
  parseRows(
    linkRow,
    rows.map((row) => row.link),
    statement,
  );

function propertyParams(values: LinkPropertyValues): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    params[name] =
      name === 'strength' || name === 'role' ? value : toNeo4jDate(value as string | null);
  }
  return params;
}

export interface LinkEndsCheck {
  fromFound: boolean;
  toFound: boolean;
  fromOfficial: boolean;
}

/** checkLinkEnds: whether both ends exist with the given labels, and whether the start is an official. */
export async function checkLinkEnds(
  tx: QueryRunner,
  from: { label: EntityLabel; id: string },
  to: { label: EntityLabel; id: string },
): Promise<LinkEndsCheck> {
  const rows = await tx.run<LinkEndsCheck>(
    `/* checkLinkEnds */
     OPTIONAL MATCH (a:${from.label} {id: $fromId})
     OPTIONAL MATCH (b:${to.label} {id: $toId})
     RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, coalesce(a:Official, false) AS fromOfficial`,
    { fromId: from.id, toId: to.id },
  );
  return rows[0] ?? { fromFound: false, toFound: false, fromOfficial: false };
}

/**
 * mergeLink: the link of this type between these ends, created if missing. MERGE on the
 * deterministic `key` (backed by a uniqueness constraint per type) means a retried or concurrent
 * creation finds the existing link; `created` says whether this call made it.
 */
export async function mergeLink(
  tx: QueryRunner,
  input: {
    id: string;
    type: LinkType;
    key: string;
    from: { label: EntityLabel; id: string };
    to: { label: EntityLabel; id: string };
    properties: LinkPropertyValues;
  },
  meta: WriteMeta,
): Promise<{ link: Link; created: boolean } | null> {
  const rows = await tx.run<{ link: unknown; created: boolean }>(
    `/* mergeLink.${input.type} */
     MATCH (a:${input.from.label} {id: $fromId}), (b:${input.to.label} {id: $toId})
     MERGE (a)-[r:${input.type} {key: $key}]->(b)
       ON CREATE SET r.id = $id, r += $properties, r.createdAt = datetime(), r.updatedAt = datetime(),
                     r.createdBy = $actor, r.source = $source
     RETURN ${linkProjection}, r.id = $id AS created`,
    {
      id: input.id,
      key: input.key,
      fromId: input.from.id,
      toId: input.to.id,
      properties: propertyParams(input.properties),
      actor: meta.actor,
      source: meta.source,
      entityLabels,
    },
  );
  const row = rows[0];
  if (!row) return null;
  const [link] = parseLinks([row], 'mergeLink');
  return link ? { link, created: row.created } : null;
}

/**
 * The statement that finds links by id: one index-backed branch per type (each type has its own
 * uniqueness constraint on `id`), so no scan of every relationship.
 */
const byIdBranches = linkTypeNames
  .map((type) => `MATCH ()-[r:${type}]->() WHERE r.id IN $ids RETURN r`)
  .join(' UNION ALL ');

/** The links with these ids whose every stakeholder end is in scope; others are skipped. */
export async function findLinksByIds(
  tx: QueryRunner,
  ids: readonly string[],
  scope: RegisterScope,
): Promise<Link[]> {
  const rows = await tx.run<{ link: unknown }>(
    `/* findLinksByIds */ CALL () { ${byIdBranches} }
     WITH r, startNode(r) AS fromEnd, endNode(r) AS toEnd
     WHERE ${stakeholderInScope('fromEnd', scope)} AND ${stakeholderInScope('toEnd', scope)}
     RETURN ${linkProjection}`,
    { ids, entityLabels, ...scopeParams(scope) },
  );
  return parseLinks(rows, 'findLinksByIds');
}

export async function findLinkByKey(
  tx: QueryRunner,
  type: LinkType,
  key: string,
): Promise<Link | null> {
  const rows = await tx.run<{ link: unknown }>(
    `/* findLinkByKey.${type} */ MATCH ()-[r:${type} {key: $key}]->() RETURN ${linkProjection}`,
    { key, entityLabels },
  );
  return parseLinks(rows, 'findLinkByKey')[0] ?? null;
}

/** updateLinkProperties: sets the given properties (null removes one) and bumps `updatedAt`. */
export async function updateLinkProperties(
  tx: QueryRunner,
  link: Pick<Link, 'id' | 'type'>,
  properties: LinkPropertyValues,
): Promise<Link | null> {
  const rows = await tx.run<{ link: unknown }>(
    `/* updateLinkProperties.${link.type} */
     MATCH ()-[r:${link.type} {id: $id}]->()
     SET r += $properties, r.updatedAt = datetime()
     RETURN ${linkProjection}`,
    { id: link.id, properties: propertyParams(properties), entityLabels },
  );
  return parseLinks(rows, 'updateLinkProperties')[0] ?? null;
}

export async function deleteLink(
  tx: QueryRunner,
  link: Pick<Link, 'id' | 'type'>,
): Promise<boolean> {
  const rows = await tx.run<{ deleted: number }>(
    `/* deleteLink.${link.type} */
     OPTIONAL MATCH ()-[r:${link.type} {id: $id}]->()
     DELETE r
     RETURN count(r) AS deleted`,
    { id: link.id },
  );
  return (rows[0]?.deleted ?? 0) > 0;
}

/**
 * findLinksTouching: every register link of nodes with this label and these ids, in either
 * direction, for the per-request loader behind nested fields (`Person.links`, …).
 */
export async function findLinksTouching(
  tx: QueryRunner,
  label: EntityLabel,
  ids: readonly string[],
  scope: RegisterScope,
): Promise<{ ownerId: string; link: Link }[]> {
  const types = linkTypeNames.filter(
    (type) => linkTypes[type].from.includes(label) || linkTypes[type].to.includes(label),
  );
  const rows = await tx.run<{ ownerId: string; link: unknown }>(
    `/* findLinksTouching.${label} */
     MATCH (n:${label})-[r]-(other)
     WHERE n.id IN $ids AND type(r) IN $types
       AND ${stakeholderInScope('n', scope)} AND ${stakeholderInScope('other', scope)}
     RETURN n.id AS ownerId, ${linkProjection}
     ORDER BY ownerId, type(r), r.createdAt, r.id`,
    { ids, types, entityLabels, ...scopeParams(scope) },
  );
  const links = parseLinks(rows, 'findLinksTouching');
  return links.map((link, index) => ({ ownerId: rows[index]?.ownerId ?? '', link }));
}
