import { z } from 'zod';
import { type RegisterScope, wholeRegister } from '../auth/registerScope.js';
import type { QueryRunner } from '../neo4j/database.js';
import { scopeParams, stakeholderInScope } from './scopeFilter.js';

/** Bulk reads and writes of an import: one UNWIND statement per kind, all in the caller's transaction. */

const storedPerson = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  postcode: z.string().nullable(),
});
export type StoredPerson = z.infer<typeof storedPerson>;

/** Every stored person's identifying fields (one label scan; de-duplication happens in memory). */
export async function listPersonIdentities(
  tx: QueryRunner,
  scope: RegisterScope = wholeRegister,
): Promise<StoredPerson[]> {
  // Only people the importer may see are matched: a person outside their areas is never named
  // in a preview or linked to (docs/privacy.md §7); the privacy officer can merge duplicates.
  const rows = await tx.run(
    `/* listPersonIdentities */
     MATCH (p:Person) WHERE ${stakeholderInScope('p', scope)}
     RETURN p.id AS id, p.name AS name, p.email AS email, p.phone AS phone, p.postcode AS postcode`,
    scopeParams(scope),
  );
  return rows.map((row) => storedPerson.parse(row));
}

const named = z.object({ id: z.string(), name: z.string() });

/**
 * Organisations and areas by name, for matching the organisation and kern/wijk columns: only
 * those in the importer's scope, so a name outside it reads as unknown (a new association; no
 * area link).
 */
export async function listNamed(
  tx: QueryRunner,
  label: 'Organization' | 'Area',
  scope: RegisterScope = wholeRegister,
): Promise<{ id: string; name: string }[]> {
  const inScope =
    label === 'Area'
      ? scope.kind === 'all'
        ? 'true'
        : 'n.id IN $scopeAreaIds'
      : stakeholderInScope('n', scope);
  const rows = await tx.run(
    `/* listNamed.${label} */ MATCH (n:${label}) WHERE ${inScope} RETURN n.id AS id, n.name AS name`,
    scopeParams(scope),
  );
  return rows.map((row) => named.parse(row));
}

export interface NewImportedPerson {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  postcode: string | null;
  notes: string | null;
  legalBasis: string;
  legalReference: string | null;
  purpose: string;
  retainUntil: string;
  consentDate: string | null;
  consentTextVersion: string | null;
}

export interface Provenance {
  createdBy: string;
  source: string;
  /** The run that writes: every node and link it CREATEs carries it (`importId`), for the clean-up. */
  importId: string;
}

export async function createImportedOrganizations(
  tx: QueryRunner,
  rows: { id: string; name: string }[],
  provenance: Provenance,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `/* createImportedOrganizations */
     UNWIND $rows AS row
     CREATE (o:Organization {id: row.id})
     SET o.name = row.name, o.kind = 'ASSOCIATION', o.public = false,
         o.createdAt = datetime(), o.updatedAt = datetime(),
         o.createdBy = $createdBy, o.source = $source, o.importId = $importId`,
    { rows, ...provenance },
  );
}

/** Themes by normalised name: found or created (the `nameKey` constraint keeps them unique). */
export async function mergeImportedThemes(
  tx: QueryRunner,
  rows: { id: string; name: string; nameKey: string }[],
  provenance: Provenance,
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const result = await tx.run(
    `/* mergeImportedThemes */
     UNWIND $rows AS row
     MERGE (t:Theme {nameKey: row.nameKey})
       ON CREATE SET t.id = row.id, t.name = row.name, t.createdAt = datetime(),
         t.updatedAt = datetime(), t.createdBy = $createdBy, t.source = $source,
         t.importId = $importId
     RETURN row.nameKey AS nameKey, t.id AS id`,
    { rows, ...provenance },
  );
  const parsed = z.array(z.object({ nameKey: z.string(), id: z.string() })).parse(result);
  return new Map(parsed.map((row) => [row.nameKey, row.id]));
}

/** One link from a person: the target node's id, the register's key, and (MEMBER_OF) a role. */
export interface ImportedLink {
  to: string;
  key: string;
  role: string | null;
}

/** A person's links by type, written in the same statement as the person (no second lookup). */
export interface ImportedPersonLinks {
  memberOf: ImportedLink[];
  livesIn: ImportedLink[];
  activeIn: ImportedLink[];
}

const linkProperties = `key: l.key, id: randomUUID(), role: l.role, createdAt: datetime(),
         updatedAt: datetime(), createdBy: $createdBy, source: $source, importId: $importId`;

/** The link types an import writes: relationship type, field of the row, label of the target. */
const linkShapes = [
  ['MEMBER_OF', 'memberOf', 'Organization'],
  ['LIVES_IN', 'livesIn', 'Area'],
  ['ACTIVE_IN', 'activeIn', 'Theme'],
] as const;

/** The three link types, each in its own unit subquery, so one statement writes them all. */
const linkSubqueries = (write: (type: (typeof linkShapes)[number][0]) => string) =>
  linkShapes
    .map(
      ([type, field, label]) => `
     CALL (p, row) {
       UNWIND row.${field} AS l
       MATCH (b:${label} {id: l.to})
       ${write(type)}
     }`,
    )
    .join('');

/**
 * New people with their links, one UNWIND statement per batch (the same text every batch, so it is
 * planned once). The people cannot exist yet (the plan gave them fresh ids), so they and their
 * links are CREATEd, properties inline; the uniqueness constraints on ids and link keys still
 * guard them.
 */
export async function createImportedPersons(
  tx: QueryRunner,
  rows: (NewImportedPerson & ImportedPersonLinks)[],
  provenance: Provenance,
): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await tx.run<{ created: number }>(
    `/* createImportedPersons */
     UNWIND $rows AS row
     CREATE (p:Person {id: row.id, name: row.name, email: row.email, phone: row.phone,
       postcode: row.postcode, notes: row.notes, legalBasis: row.legalBasis,
       legalReference: row.legalReference, purpose: row.purpose,
       retainUntil: date(row.retainUntil), consentDate: date(row.consentDate),
       consentTextVersion: row.consentTextVersion, objected: false, createdAt: datetime(),
       updatedAt: datetime(), createdBy: $createdBy, source: $source, importId: $importId})
     WITH p, row${linkSubqueries((type) => `CREATE (p)-[:${type} {${linkProperties}}]->(b)`)}
     RETURN count(p) AS created`,
    { rows, ...provenance },
  );
  return Number(result[0]?.created ?? 0);
}

/**
 * Links from people already stored, one statement per batch: each link is looked up by its key
 * (the unique index) and CREATEd only when absent, tagged with the import id. A link that exists
 * is left as it is, so importing the same file twice writes nothing.
 */
export async function mergeImportedLinks(
  tx: QueryRunner,
  rows: ({ id: string } & ImportedPersonLinks)[],
  provenance: Provenance,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `/* mergeImportedLinks */
     UNWIND $rows AS row
     MATCH (p:Person {id: row.id})${linkSubqueries(
       (type) => `OPTIONAL MATCH ()-[e:${type} {key: l.key}]->()
       WITH p, b, l WHERE e IS NULL
       MERGE (p)-[r:${type} {key: l.key}]->(b)
         ON CREATE SET r += {${linkProperties.replace('key: l.key, ', '')}}`,
     )}`,
    { rows, ...provenance },
  );
}

/**
 * The clean-up of a failed staged import: deletes, among the given keys, only what carries this
 * run's `importId` (so a link MERGEd onto an existing one, or a theme that already existed, stays).
 * Nodes go with their links (DETACH). Looks up by the indexed key; returns how many it deleted.
 */
export async function deleteImported(
  tx: QueryRunner,
  what:
    | { node: 'Person' | 'Organization'; ids: string[] }
    | { node: 'Theme'; nameKeys: string[] }
    | { link: 'MEMBER_OF' | 'LIVES_IN' | 'ACTIVE_IN'; keys: string[] },
  importId: string,
): Promise<number> {
  const [cypher, keys] =
    'link' in what
      ? [
          `/* deleteImported.${what.link} */
           UNWIND $keys AS key
           MATCH ()-[r:${what.link} {key: key}]->() WHERE r.importId = $importId
           DELETE r RETURN count(*) AS deleted`,
          what.keys,
        ]
      : what.node === 'Theme'
        ? [
            `/* deleteImported.Theme */
             UNWIND $keys AS key
             MATCH (n:Theme {nameKey: key}) WHERE n.importId = $importId
             DETACH DELETE n RETURN count(*) AS deleted`,
            what.nameKeys,
          ]
        : [
            `/* deleteImported.${what.node} */
             UNWIND $keys AS key
             MATCH (n:${what.node} {id: key}) WHERE n.importId = $importId
             DETACH DELETE n RETURN count(*) AS deleted`,
            what.ids,
          ];
  if (keys.length === 0) return 0;
  const [row] = await tx.run<{ deleted: number }>(cypher, { keys, importId });
  return Number(row?.deleted ?? 0);
}
