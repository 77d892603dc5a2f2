import { z } from 'zod';
import { linkKey } from '../domain/linkTypes.js';
import type { QueryRunner } from '../neo4j/database.js';

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
export async function listPersonIdentities(tx: QueryRunner): Promise<StoredPerson[]> {
  const rows = await tx.run(
    `/* listPersonIdentities */
     MATCH (p:Person)
     RETURN p.id AS id, p.name AS name, p.email AS email, p.phone AS phone, p.postcode AS postcode`,
  );
  return rows.map((row) => storedPerson.parse(row));
}

const named = z.object({ id: z.string(), name: z.string() });

/** Organisations and areas by name, for matching the organisation and kern/wijk columns. */
export async function listNamed(
  tx: QueryRunner,
  label: 'Organization' | 'Area',
): Promise<{ id: string; name: string }[]> {
  const rows = await tx.run(
    `/* listNamed.${label} */ MATCH (n:${label}) RETURN n.id AS id, n.name AS name`,
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

export async function createImportedPersons(
  tx: QueryRunner,
  rows: NewImportedPerson[],
  provenance: Provenance,
): Promise<number> {
  // Properties inline in the CREATE (one write per node instead of a SET per property).
  const result = await tx.run<{ created: number }>(
    `/* createImportedPersons */
     UNWIND $rows AS row
     CREATE (p:Person {id: row.id, name: row.name, email: row.email, phone: row.phone,
       postcode: row.postcode, notes: row.notes, legalBasis: row.legalBasis,
       legalReference: row.legalReference, purpose: row.purpose,
       retainUntil: date(row.retainUntil), consentDate: date(row.consentDate),
       consentTextVersion: row.consentTextVersion, objected: false, createdAt: datetime(),
       updatedAt: datetime(), createdBy: $createdBy, source: $source, importId: $importId})
     RETURN count(p) AS created`,
    { rows, ...provenance },
  );
  return result[0]?.created ?? 0;
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

export interface ImportedLink {
  id: string;
  from: string;
  to: string;
  role: string | null;
}

/**
 * Links of one type from people created in this same transaction: they cannot exist yet, so they
 * are CREATEd (with the register's key; the key's uniqueness constraint still guards them).
 */
export async function createImportedLinks(
  tx: QueryRunner,
  type: 'MEMBER_OF' | 'LIVES_IN' | 'ACTIVE_IN',
  toLabel: 'Organization' | 'Area' | 'Theme',
  rows: ImportedLink[],
  provenance: Provenance,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `/* createImportedLinks.${type} */
     UNWIND $rows AS row
     MATCH (a:Person {id: row.from})
     MATCH (b:${toLabel} {id: row.to})
     CREATE (a)-[r:${type} {key: row.key, id: row.id, role: row.role, createdAt: datetime(),
       updatedAt: datetime(), createdBy: $createdBy, source: $source, importId: $importId}]->(b)`,
    { rows: rows.map((row) => ({ ...row, key: linkKey(type, row.from, row.to) })), ...provenance },
  );
}

/** Links of one type from people to existing nodes, MERGEd on the register's deterministic key. */
export async function mergeImportedLinks(
  tx: QueryRunner,
  type: 'MEMBER_OF' | 'LIVES_IN' | 'ACTIVE_IN',
  toLabel: 'Organization' | 'Area' | 'Theme',
  rows: ImportedLink[],
  provenance: Provenance,
): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `/* mergeImportedLinks.${type} */
     UNWIND $rows AS row
     MATCH (a:Person {id: row.from})
     MATCH (b:${toLabel} {id: row.to})
     MERGE (a)-[r:${type} {key: row.key}]->(b)
       ON CREATE SET r.id = row.id, r.role = row.role, r.createdAt = datetime(),
         r.updatedAt = datetime(), r.createdBy = $createdBy, r.source = $source,
         r.importId = $importId`,
    { rows: rows.map((row) => ({ ...row, key: linkKey(type, row.from, row.to) })), ...provenance },
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
