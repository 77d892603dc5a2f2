import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { type LinkType, linkKey, linkTypes } from '../domain/linkTypes.js';
import { type Database, int } from '../neo4j/database.js';
import { toNeo4jDate } from '../repositories/neo4jValues.js';

/**
 * Test-only Cypher inserts that follow the register's data model (UUID ids, provenance on nodes
 * and links, link keys), for the search, network and merge integration tests. Every test makes its
 * own nodes with unique names, because the test database is shared.
 */

export type NodeLabel = 'Person' | 'Organization' | 'Area' | 'Theme' | 'Initiative' | 'Contact';

export interface TestNode {
  label: NodeLabel;
  id: string;
  /** The Relay global id the API uses for this node. */
  gid: string;
}

/** A random lower-case token, unique enough to make names that only this test will find. */
export const uniqueToken = (prefix = 'tok') =>
  `${prefix}${randomUUID().replaceAll('-', '').slice(0, 10)}`.replace(/[0-9]/g, (digit) =>
    String.fromCharCode(97 + Number(digit)),
  );

const provenance =
  'createdAt: datetime(), updatedAt: datetime(), createdBy: $createdBy, source: $source';

/** Neo4j needs integers as integers; plain JS numbers that are whole are sent as such. */
function toParams(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [
      name,
      typeof value === 'number' && Number.isInteger(value) ? int(value) : value,
    ]),
  );
}

export async function insertNode(
  db: Database,
  label: NodeLabel,
  properties: Record<string, unknown>,
  options: { official?: boolean; source?: string } = {},
): Promise<TestNode> {
  const id = randomUUID();
  const labels = options.official ? `${label}:Official` : label;
  await db.write('test.insertNode', (tx) =>
    tx.run(`CREATE (n:${labels} {id: $id, ${provenance}}) SET n += $properties`, {
      id,
      properties: toParams(properties),
      createdBy: 'test',
      source: options.source ?? 'test',
    }),
  );
  return { label, id, gid: encodeGlobalID(label, id) };
}

/** A resident with the privacy fields every person must have. */
export const insertPerson = (
  db: Database,
  name: string,
  extra: Record<string, unknown> = {},
  options: { official?: boolean; source?: string } = {},
) =>
  insertNode(
    db,
    'Person',
    {
      name,
      legalBasis: 'PUBLIC_TASK',
      legalReference: 'Gemeentewet art. 160',
      purpose: 'Network of the municipality',
      retainUntil: toNeo4jDate('2030-12-31'),
      objected: false,
      ...extra,
    },
    options,
  );

export interface TestLink {
  id: string;
  type: string;
}

/** Inserts a link of a register type (with its key) or of any other type (e.g. INVOLVES). */
export async function insertLink(
  db: Database,
  type: string,
  from: TestNode,
  to: TestNode,
  properties: Record<string, unknown> = {},
  options: { source?: string } = {},
): Promise<TestLink> {
  const id = randomUUID();
  const registered = type in linkTypes;
  const undirected = registered && linkTypes[type as LinkType].undirected;
  const [start, end] = undirected && to.id < from.id ? [to, from] : [from, to];
  const key = registered ? linkKey(type as LinkType, start.id, end.id) : null;
  await db.write('test.insertLink', (tx) =>
    tx.run(
      `MATCH (a:${start.label} {id: $startId}), (b:${end.label} {id: $endId})
       CREATE (a)-[r:${type} {id: $id, ${provenance}}]->(b)
       SET r += $properties, r.key = $key`,
      {
        id,
        key,
        startId: start.id,
        endId: end.id,
        properties: toParams(properties),
        createdBy: 'test',
        source: options.source ?? 'test',
      },
    ),
  );
  return { id, type };
}

/** Removes every node a test inserted under this source (with its links), in batches. */
export async function removeBySource(db: Database, source: string): Promise<void> {
  for (;;) {
    const [row] = await db.write('test.removeBySource', (tx) =>
      tx.run<{ removed: number }>(
        `MATCH (n) WHERE n.source = $source
         WITH n LIMIT 2000
         DETACH DELETE n
         RETURN count(*) AS removed`,
        { source },
      ),
    );
    if (!row || row.removed === 0) return;
  }
}
