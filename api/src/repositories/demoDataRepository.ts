import type { DemoRelationship, NodeLabel, NodeRows, RelationshipType } from '@antenne/seed';
import { z } from 'zod';
import { type LinkType, linkKey, linkTypes } from '../domain/linkTypes.js';
import { themeNameKey } from '../domain/validation/theme.js';
import { int, type QueryRunner } from '../neo4j/database.js';

/**
 * Bulk writes of generated (demo) data: one UNWIND statement per chunk of rows of one label or one
 * relationship shape, matching endpoints by their unique `id`. In `create` mode (the fast path) a
 * node statement first looks up which ids already exist (one index-seek statement per chunk) and
 * CREATEs the rest; in `merge` mode it MERGEs. Relationships always MERGE on their key or id (a
 * guarded CREATE measured no faster for them: the cost is the uniqueness-index writes).
 * Either way a retried transaction or a second run of the same seed creates nothing twice; the
 * uniqueness constraints turn a concurrent load of the same rows into an error, after which the
 * service retries the batch in `merge` mode. MERGE costs 1.5–3× a guarded CREATE (measured in
 * docs/import-export.md). Dates arrive as ISO
 * strings and are stored as Neo4j Date / DateTime, like the register stores them.
 */

type PropertyKind = 'text' | 'date' | 'datetime' | 'boolean' | 'list' | 'integer';

const provenance: Record<string, PropertyKind> = {
  createdAt: 'datetime',
  updatedAt: 'datetime',
  createdBy: 'text',
  source: 'text',
};

/** The stored properties of each label (besides `id`), and how each is converted. */
const nodeProperties: Record<NodeLabel, Record<string, PropertyKind>> = {
  Area: { name: 'text', level: 'text', cbsCode: 'text', postcodes: 'list', geometry: 'text' },
  Theme: { name: 'text', nameKey: 'text' },
  Organization: {
    name: 'text',
    kind: 'text',
    description: 'text',
    website: 'text',
    email: 'text',
    phone: 'text',
    postcode: 'text',
    public: 'boolean',
  },
  Person: {
    name: 'text',
    email: 'text',
    phone: 'text',
    postcode: 'text',
    notes: 'text',
    legalBasis: 'text',
    legalReference: 'text',
    consentDate: 'date',
    consentTextVersion: 'text',
    purpose: 'text',
    retainUntil: 'date',
    objected: 'boolean',
    objectedAt: 'date',
    officialRole: 'text',
    workEmail: 'text',
    workPhone: 'text',
  },
  Initiative: {
    title: 'text',
    description: 'text',
    status: 'text',
    offers: 'list',
    receivedAt: 'date',
    firstResponseAt: 'date',
    public: 'boolean',
  },
  Contact: { date: 'date', channel: 'text', note: 'text', followUpAt: 'date' },
};

const relationshipProperties: Record<string, PropertyKind> = {
  strength: 'integer',
  since: 'date',
  lastContact: 'date',
  endedAt: 'date',
  role: 'text',
};

function convert(kind: PropertyKind, expression: string): string {
  switch (kind) {
    case 'date':
      return `date(${expression})`;
    case 'datetime':
      return `datetime(${expression})`;
    case 'integer':
      return `toInteger(${expression})`;
    default:
      return expression;
  }
}

/** `n.name = row.name, n.retainUntil = date(row.retainUntil), …` (missing values set nothing). */
function assignments(
  variable: string,
  source: string,
  properties: Record<string, PropertyKind>,
): string {
  return Object.entries(properties)
    .map(([name, kind]) => `${variable}.${name} = ${convert(kind, `${source}.${name}`)}`)
    .join(',\n         ');
}

const idMapping = z.object({ generatedId: z.string(), id: z.string() });

/**
 * writeDemoNodes: creates (or finds) the nodes of one chunk. Themes are matched on their
 * normalised name and areas on their CBS code, because those are unique in the register too; the
 * result maps each generated id to the id actually stored, which differs when the node existed.
 */
export type WriteMode = 'create' | 'merge';

export async function writeDemoNodes<L extends NodeLabel>(
  tx: QueryRunner,
  label: L,
  rows: NodeRows[L][],
  mode: WriteMode = 'merge',
): Promise<Map<string, string>> {
  const properties = { ...nodeProperties[label], ...provenance };
  const set = assignments('n', 'row', properties);
  const statements: { cypher: string; rows: unknown[] }[] = [];
  if (label === 'Theme') {
    statements.push({
      cypher: `/* writeDemoNodes.Theme */
       UNWIND $rows AS row
       MERGE (n:Theme {nameKey: row.nameKey})
         ON CREATE SET n.id = row.id, ${set}
       RETURN row.id AS generatedId, n.id AS id`,
      rows: rows.map((row) => ({ ...row, nameKey: themeNameKey((row as NodeRows['Theme']).name) })),
    });
  } else if (label === 'Area') {
    const areas = rows as NodeRows['Area'][];
    statements.push({
      cypher: `/* writeDemoNodes.Area.byCbsCode */
       UNWIND $rows AS row
       MERGE (n:Area {cbsCode: row.cbsCode})
         ON CREATE SET n.id = row.id, ${set}
       RETURN row.id AS generatedId, n.id AS id`,
      rows: areas.filter((row) => row.cbsCode !== undefined),
    });
    statements.push({
      cypher: `/* writeDemoNodes.Area */
       UNWIND $rows AS row
       MERGE (n:Area {id: row.id})
         ON CREATE SET ${set}
       RETURN row.id AS generatedId, n.id AS id`,
      rows: areas.filter((row) => row.cbsCode === undefined),
    });
  } else {
    const official =
      label === 'Person'
        ? '\n       FOREACH (_ IN CASE WHEN row.officialRole IS NULL THEN [] ELSE [1] END | SET n:Official)'
        : '';
    let fresh: unknown[] = rows;
    if (mode === 'create') {
      const existing = await tx.run<{ id: string }>(
        `/* writeDemoNodes.existing.${label} */
         UNWIND $ids AS id
         MATCH (n:${label} {id: id})
         RETURN n.id AS id`,
        { ids: rows.map((row) => row.id) },
      );
      const found = new Set(existing.map((row) => row.id));
      fresh = found.size === 0 ? rows : rows.filter((row) => !found.has(row.id));
    }
    statements.push({
      cypher:
        mode === 'create'
          ? `/* writeDemoNodes.create.${label} */
       UNWIND $rows AS row
       CREATE (n:${label} {id: row.id})
       SET ${set}${official}
       RETURN count(n) AS written`
          : `/* writeDemoNodes.${label} */
       UNWIND $rows AS row
       MERGE (n:${label} {id: row.id})
         ON CREATE SET ${set}${official}
       RETURN count(n) AS written`,
      rows: fresh,
    });
  }
  const remapped = new Map<string, string>();
  for (const statement of statements) {
    if (statement.rows.length === 0) continue;
    const result = await tx.run(statement.cypher, { rows: statement.rows });
    for (const row of result) {
      const parsed = idMapping.safeParse(row);
      if (parsed.success && parsed.data.generatedId !== parsed.data.id) {
        remapped.set(parsed.data.generatedId, parsed.data.id);
      }
    }
  }
  return remapped;
}

const isLinkType = (type: RelationshipType): type is LinkType => type in linkTypes;

/**
 * writeDemoRelationships: creates (or finds) one chunk of relationships of one type between two
 * labels. Register link types carry the register's deterministic `key`, so the register and the
 * seed never make the same link twice; the contact's own links (INVOLVES, RECORDED_BY, ABOUT) and
 * PART_OF are merged on their id. Returns how many rows found both ends.
 */
export async function writeDemoRelationships(
  tx: QueryRunner,
  chunk: {
    type: RelationshipType;
    fromLabel: NodeLabel;
    toLabel: NodeLabel;
    rows: DemoRelationship[];
  },
): Promise<number> {
  const { type, fromLabel, toLabel } = chunk;
  const keyed = isLinkType(type);
  const rows = chunk.rows.map((row) => ({
    id: row.id,
    from: row.from,
    to: row.to,
    key: keyed ? linkKey(type, row.from, row.to) : null,
    properties: row.properties,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
    source: row.source,
  }));
  const endLabel = (label: NodeLabel, end: 'from' | 'to') =>
    label === 'Person' &&
    ((end === 'from' && (type === 'COVERS' || type === 'RESPONSIBLE_FOR')) ||
      (end === 'to' && type === 'RECORDED_BY'))
      ? 'Person:Official'
      : label;
  const identity = keyed ? '{key: row.key}' : '{id: row.id}';
  const set = [
    ...(keyed ? ['r.id = row.id'] : []),
    assignments('r', 'row.properties', relationshipProperties),
    assignments('r', 'row', provenance),
  ].join(',\n         ');
  const ends = `UNWIND $rows AS row
     MATCH (a:${endLabel(fromLabel, 'from')} {id: row.from})
     MATCH (b:${endLabel(toLabel, 'to')} {id: row.to})`;
  const result = await tx.run<{ written: number }>(
    `/* writeDemoRelationships.${type} */
     ${ends}
     MERGE (a)-[r:${type} ${identity}]->(b)
       ON CREATE SET ${set}
     RETURN count(r) AS written`,
    { rows },
  );
  return result[0]?.written ?? 0;
}

/** hasStakeholders: whether the database holds any person or organisation at all. */
export async function hasStakeholders(tx: QueryRunner): Promise<boolean> {
  const rows = await tx.run<{ found: boolean }>(
    `/* hasStakeholders */
     RETURN EXISTS { MATCH (:Person) } OR EXISTS { MATCH (:Organization) } AS found`,
  );
  return rows[0]?.found === true;
}

/**
 * deleteDemoDataBySource: removes up to `limit` nodes whose `source` is exactly this value, with
 * their relationships; call until it returns 0. Used to take a tagged load out again.
 */
export async function deleteDemoDataBySource(
  tx: QueryRunner,
  source: string,
  limit: number,
): Promise<number> {
  const rows = await tx.run<{ deleted: number }>(
    `/* deleteDemoDataBySource */
     MATCH (n) WHERE n.source = $source
     WITH n LIMIT $limit
     DETACH DELETE n
     RETURN count(*) AS deleted`,
    { source, limit: int(limit) },
  );
  return rows[0]?.deleted ?? 0;
}
