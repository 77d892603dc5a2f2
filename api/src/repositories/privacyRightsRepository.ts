import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { int, type QueryRunner } from '../neo4j/database.js';
import { parseRow, parseRows } from './rowParsing.js';

/** The analysis scores a run writes on a stakeholder (see analysisRunRepository.writeScores). */
export const scoreProperties = [
  'degree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'pagerank',
  'eigenvector',
  'constraint',
  'effectiveSize',
  'coreNumber',
  'community',
  'analysisRunId',
] as const;

/** A stored value as JSON: Neo4j dates and times as ISO text, integers as numbers. */
export type PlainValue = string | number | boolean | null | PlainValue[];

export function plainValue(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(plainValue);
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}

export const plainRecord = (value: unknown): Record<string, PlainValue> =>
  Object.fromEntries(
    Object.entries((value ?? {}) as Record<string, unknown>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, inner]) => [key, plainValue(inner)]),
  );

const subjectRow = z.object({ name: z.string(), mergedFrom: z.array(z.string()) });

/** findSubject: the person's name and the ids merged into them, or null. */
export async function findSubject(
  tx: QueryRunner,
  id: string,
): Promise<{ name: string; mergedFrom: string[] } | null> {
  const rows = await tx.run(
    `/* findSubject */
     MATCH (p:Person {id: $id}) RETURN p.name AS name, coalesce(p.mergedFrom, []) AS mergedFrom`,
    { id },
  );
  return rows[0] ? parseRow(subjectRow, rows[0], 'findSubject') : null;
}

/** Everything stored about one person, as plain JSON values (subject access, Art. 15). */
export interface SubjectRecord {
  properties: Record<string, PlainValue>;
  labels: string[];
  links: {
    type: string;
    direction: 'OUTGOING' | 'INCOMING';
    otherId: string;
    otherKind: string;
    otherName: string | null;
    properties: Record<string, PlainValue>;
  }[];
  contacts: {
    role: string;
    properties: Record<string, PlainValue>;
    participantCount: number;
  }[];
  suggestions: { role: string; properties: Record<string, PlainValue> }[];
  accounts: { id: string; username: string }[];
}

const loose = z.record(z.string(), z.unknown());

/** readSubjectRecord: the person, their links, contact moments, suggestions and accounts. */
export async function readSubjectRecord(
  tx: QueryRunner,
  id: string,
): Promise<SubjectRecord | null> {
  const [person] = await tx.run(
    `/* readSubjectRecord.person */
     MATCH (p:Person {id: $id}) RETURN properties(p) AS properties, labels(p) AS labels`,
    { id },
  );
  if (!person) return null;
  const head = parseRow(
    z.object({ properties: loose, labels: z.array(z.string()) }),
    person,
    'readSubjectRecord.person',
  );
  const links = await tx.run(
    `/* readSubjectRecord.links */
     MATCH (p:Person {id: $id})-[r]-(o)
     WHERE NOT o:Contact AND NOT o:Suggestion
     RETURN type(r) AS type, CASE WHEN startNode(r) = p THEN 'OUTGOING' ELSE 'INCOMING' END AS direction,
       o.id AS otherId, [l IN labels(o) WHERE l <> 'Official'][0] AS otherKind,
       coalesce(o.name, o.title) AS otherName, properties(r) AS properties
     ORDER BY type, otherId`,
    { id },
  );
  const contacts = await tx.run(
    `/* readSubjectRecord.contacts */
     MATCH (c:Contact)-[r:INVOLVES|RECORDED_BY]->(:Person {id: $id})
     RETURN CASE type(r) WHEN 'INVOLVES' THEN 'PARTICIPANT' ELSE 'RECORDED_BY' END AS role,
       properties(c) AS properties, COUNT { (c)-[:INVOLVES]->() } AS participantCount
     ORDER BY c.date, c.id`,
    { id },
  );
  const suggestions = await tx.run(
    `/* readSubjectRecord.suggestions */
     MATCH (s:Suggestion)
     WHERE s.subjectId = $id OR s.candidateId = $id OR $id IN coalesce(s.mutualContactIds, [])
       OR EXISTS { (s)-[:INTRODUCES]->(:Person {id: $id}) }
     RETURN CASE WHEN s.subjectId = $id THEN 'SUBJECT' WHEN s.candidateId = $id THEN 'CANDIDATE'
       WHEN $id IN coalesce(s.mutualContactIds, []) THEN 'MUTUAL_CONTACT' ELSE 'INTRODUCED' END AS role,
       properties(s) AS properties
     ORDER BY s.id`,
    { id },
  );
  const accounts = await tx.run(
    `/* readSubjectRecord.accounts */
     MATCH (a:Account {personId: $id}) RETURN a.id AS id, a.username AS username ORDER BY a.id`,
    { id },
  );
  return {
    properties: plainRecord(head.properties),
    labels: head.labels,
    links: parseRows(
      z.object({
        type: z.string(),
        direction: z.enum(['OUTGOING', 'INCOMING']),
        otherId: z.string(),
        otherKind: z.string(),
        otherName: z.string().nullable(),
        properties: loose,
      }),
      links,
      'readSubjectRecord.links',
    ).map((link) => ({ ...link, properties: plainRecord(link.properties) })),
    contacts: parseRows(
      z.object({ role: z.string(), properties: loose, participantCount: z.number() }),
      contacts,
      'readSubjectRecord.contacts',
    ).map((contact) => ({ ...contact, properties: plainRecord(contact.properties) })),
    suggestions: parseRows(
      z.object({ role: z.string(), properties: loose }),
      suggestions,
      'readSubjectRecord.suggestions',
    ).map((suggestion) => ({ ...suggestion, properties: plainRecord(suggestion.properties) })),
    accounts: parseRows(
      z.object({ id: z.string(), username: z.string() }),
      accounts,
      'readSubjectRecord.accounts',
    ),
  };
}

const countRow = z.object({ count: z.number() });

/**
 * purgeSuggestions: deletes every suggestion about the person (as subject, candidate or one of
 * the two introduced); where they are only a mutual contact, open suggestions go and decided ones
 * (kept so a dismissal stays dismissed) lose the person's id and every reason naming them.
 */
export async function purgeSuggestions(tx: QueryRunner, id: string, name: string): Promise<number> {
  const [deleted] = await tx.run(
    `/* purgeSuggestions.about */
     MATCH (s:Suggestion)
     WHERE s.subjectId = $id OR s.candidateId = $id OR EXISTS { (s)-[:INTRODUCES]->(:Person {id: $id}) }
       OR ($id IN coalesce(s.mutualContactIds, []) AND s.status IN ['OPEN', 'SNOOZED'])
     DETACH DELETE s
     RETURN count(*) AS count`,
    { id },
  );
  const [scrubbed] = await tx.run(
    `/* purgeSuggestions.mutual */
     MATCH (s:Suggestion) WHERE $id IN coalesce(s.mutualContactIds, [])
     SET s.mutualContactIds = [x IN s.mutualContactIds WHERE x <> $id],
         s.reasonsNl = [r IN coalesce(s.reasonsNl, []) WHERE NOT r CONTAINS $name],
         s.reasonsEn = [r IN coalesce(s.reasonsEn, []) WHERE NOT r CONTAINS $name]
     RETURN count(s) AS count`,
    { id, name },
  );
  return (
    parseRow(countRow, deleted, 'purgeSuggestions.about').count +
    parseRow(countRow, scrubbed, 'purgeSuggestions.mutual').count
  );
}

/** clearScores: removes the analysis scores written on the person. */
export async function clearScores(tx: QueryRunner, id: string): Promise<boolean> {
  const [row] = await tx.run(
    `/* clearScores */
     MATCH (p:Person {id: $id})
     WITH p, p.analysisRunId IS NOT NULL AS hadScores
     REMOVE ${scoreProperties.map((name) => `p.${name}`).join(', ')}
     RETURN hadScores`,
    { id },
  );
  return parseRow(z.object({ hadScores: z.boolean() }), row, 'clearScores').hadScores;
}

/** markObjected: records the objection (keeping the first moment) and bumps `updatedAt`. */
export async function markObjected(tx: QueryRunner, id: string, at: Date): Promise<string> {
  const [row] = await tx.run(
    `/* markObjected */
     MATCH (p:Person {id: $id})
     SET p.objected = true, p.objectedAt = coalesce(p.objectedAt, datetime($at)),
         p.updatedAt = datetime($at)
     RETURN toString(p.objectedAt) AS objectedAt`,
    { id, at: at.toISOString() },
  );
  return parseRow(z.object({ objectedAt: z.string() }), row, 'markObjected').objectedAt;
}

export interface ErasureCounts {
  links: number;
  contactsRemoved: number;
  contactsKept: number;
  suggestions: number;
  accountsUnlinked: number;
}

/**
 * eraseSubject: takes the person out of their contact moments (a moment left with no participant
 * is deleted; in the others their name is redacted from the note), deletes the suggestions about
 * them, unlinks accounts that named them, and deletes the person with every link.
 */
export async function eraseSubject(
  tx: QueryRunner,
  id: string,
  name: string,
): Promise<ErasureCounts> {
  const [contacts] = await tx.run(
    `/* eraseSubject.contacts */
     MATCH (c:Contact)-[r:INVOLVES|RECORDED_BY]->(:Person {id: $id})
     DELETE r
     WITH DISTINCT c
     WITH c, EXISTS { (c)-[:INVOLVES]->() } AS keep
     FOREACH (_ IN CASE WHEN keep THEN [1] ELSE [] END |
       SET c.note = replace(c.note, $name, '[gewist]'))
     WITH c, keep
     FOREACH (_ IN CASE WHEN keep THEN [] ELSE [1] END | DETACH DELETE c)
     RETURN sum(CASE WHEN keep THEN 0 ELSE 1 END) AS removed, sum(CASE WHEN keep THEN 1 ELSE 0 END) AS kept`,
    { id, name },
  );
  const contactCounts = parseRow(
    z.object({ removed: z.number(), kept: z.number() }),
    contacts ?? { removed: 0, kept: 0 },
    'eraseSubject.contacts',
  );
  const suggestions = await purgeSuggestions(tx, id, name);
  const [accounts] = await tx.run(
    `/* eraseSubject.accounts */
     MATCH (a:Account {personId: $id}) REMOVE a.personId RETURN count(a) AS count`,
    { id },
  );
  const [person] = await tx.run(
    `/* eraseSubject.person */
     MATCH (p:Person {id: $id})
     WITH p, COUNT { (p)-[]-() } AS links
     DETACH DELETE p
     RETURN links AS count`,
    { id },
  );
  return {
    links: parseRow(countRow, person, 'eraseSubject.person').count,
    contactsRemoved: contactCounts.removed,
    contactsKept: contactCounts.kept,
    suggestions,
    accountsUnlinked: parseRow(countRow, accounts, 'eraseSubject.accounts').count,
  };
}

/** The salt of the ledger's hashes when none is configured: made once, kept in the database. */
export async function ensureLedgerSecret(tx: QueryRunner, candidate: string): Promise<string> {
  const [row] = await tx.run(
    `/* ensureLedgerSecret */
     MERGE (k:ErasureLedgerKey {id: 'ledger'}) ON CREATE SET k.secret = $candidate
     RETURN k.secret AS secret`,
    { candidate },
  );
  return parseRow(z.object({ secret: z.string() }), row, 'ensureLedgerSecret').secret;
}

/** addLedgerEntries: one entry per hash (again: unchanged), with when and why. */
export async function addLedgerEntries(
  tx: QueryRunner,
  hashes: readonly string[],
  at: Date,
  reason: string,
): Promise<void> {
  await tx.run(
    `/* addLedgerEntries */
     UNWIND $hashes AS hash
     MERGE (l:ErasureLedgerEntry {hash: hash})
       ON CREATE SET l.erasedAt = datetime($at), l.reason = $reason`,
    { hashes, at: at.toISOString(), reason },
  );
}

/** readLedgerHashes: every hash in the ledger. */
export async function readLedgerHashes(tx: QueryRunner): Promise<string[]> {
  const rows = await tx.run(
    `/* readLedgerHashes */ MATCH (l:ErasureLedgerEntry) RETURN l.hash AS hash ORDER BY hash`,
  );
  return parseRows(z.object({ hash: z.string() }), rows, 'readLedgerHashes').map((r) => r.hash);
}

/** readPeopleIds: a page of people by id, with the ids merged into each. */
export async function readPeopleIds(
  tx: QueryRunner,
  afterId: string,
  limit: number,
): Promise<{ id: string; mergedFrom: string[] }[]> {
  const rows = await tx.run(
    `/* readPeopleIds */
     MATCH (p:Person) WHERE p.id > $afterId
     RETURN p.id AS id, coalesce(p.mergedFrom, []) AS mergedFrom
     ORDER BY p.id LIMIT $limit`,
    { afterId, limit: int(limit) },
  );
  return parseRows(
    z.object({ id: z.string(), mergedFrom: z.array(z.string()) }),
    rows,
    'readPeopleIds',
  );
}

/**
 * findExpiredPeople: people whose retain-until date is before `today` (YYYY-MM-DD), optionally
 * only among `ids`.
 */
export async function findExpiredPeople(
  tx: QueryRunner,
  today: string,
  limit: number,
  ids: readonly string[] | null = null,
): Promise<{ id: string; retainUntil: string }[]> {
  const rows = await tx.run(
    `/* findExpiredPeople */
     MATCH (p:Person) WHERE p.retainUntil < date($today) AND ($ids IS NULL OR p.id IN $ids)
     RETURN p.id AS id, toString(p.retainUntil) AS retainUntil
     ORDER BY p.retainUntil, p.id LIMIT $limit`,
    { today, limit: int(limit), ids },
  );
  return parseRows(
    z.object({ id: z.string(), retainUntil: z.string() }),
    rows,
    'findExpiredPeople',
  );
}
