import { z } from 'zod';
import type { QueryRunner } from '../neo4j/database.js';
import { nullableNeoDate, nullableNeoDateTime, nullableString } from './neo4jValues.js';
import { parseRow, parseRows } from './rowParsing.js';

export const suggestionStatuses = ['OPEN', 'ACCEPTED', 'DISMISSED', 'SNOOZED'] as const;
export type SuggestionStatus = (typeof suggestionStatuses)[number];

/** A stored suggestion; `pairKey` names the pair (or initiative and candidate) it is about. */
export interface StoredSuggestion {
  id: string;
  pairKey: string;
  subjectId: string;
  candidateId: string;
  initiativeId: string | null;
  score: number;
  reasonsNl: string[];
  reasonsEn: string[];
  mutualContactIds: string[];
  status: SuggestionStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  snoozedUntil: string | null;
  /** The people an acceptance would introduce to each other. */
  personIds: string[];
}

const suggestionRow = z.object({
  id: z.string(),
  pairKey: z.string(),
  subjectId: z.string(),
  candidateId: z.string(),
  initiativeId: nullableString,
  score: z.number(),
  reasonsNl: z.array(z.string()),
  reasonsEn: z.array(z.string()),
  mutualContactIds: z.array(z.string()),
  status: z.enum(suggestionStatuses),
  decidedBy: nullableString,
  decidedAt: nullableNeoDateTime,
  snoozedUntil: nullableNeoDate,
  personIds: z.array(z.string()),
});

const suggestionProjection = (s: string) => `${s}.id AS id, ${s}.pairKey AS pairKey,
  ${s}.subjectId AS subjectId, ${s}.candidateId AS candidateId, ${s}.initiativeId AS initiativeId,
  ${s}.score AS score, ${s}.reasonsNl AS reasonsNl, ${s}.reasonsEn AS reasonsEn,
  coalesce(${s}.mutualContactIds, []) AS mutualContactIds, ${s}.status AS status,
  ${s}.decidedBy AS decidedBy, ${s}.decidedAt AS decidedAt, ${s}.snoozedUntil AS snoozedUntil,
  [(${s})-[:INTRODUCES]->(p:Person) | p.id] AS personIds`;

/** findSuggestionsByPairKeys: the stored suggestions for these pairs. */
export async function findSuggestionsByPairKeys(
  tx: QueryRunner,
  pairKeys: readonly string[],
): Promise<StoredSuggestion[]> {
  const rows = await tx.run(
    `/* findSuggestionsByPairKeys */
     MATCH (s:Suggestion) WHERE s.pairKey IN $pairKeys
     RETURN ${suggestionProjection('s')}`,
    { pairKeys },
  );
  return parseRows(suggestionRow, rows, 'findSuggestionsByPairKeys');
}

/** findSuggestionById: one stored suggestion, or null. */
export async function findSuggestionById(
  tx: QueryRunner,
  id: string,
): Promise<StoredSuggestion | null> {
  const rows = await tx.run(
    `/* findSuggestionById */
     MATCH (s:Suggestion {id: $id}) RETURN ${suggestionProjection('s')}`,
    { id },
  );
  return rows[0] ? parseRow(suggestionRow, rows[0], 'findSuggestionById') : null;
}

export interface SuggestionToSave {
  id: string;
  pairKey: string;
  subjectId: string;
  candidateId: string;
  initiativeId: string | null;
  score: number;
  reasonsNl: string[];
  reasonsEn: string[];
  mutualContactIds: string[];
  /** The people an acceptance introduces to each other (two, or fewer when there is no one). */
  personIds: string[];
}

/**
 * saveOpenSuggestions: creates each suggestion, or refreshes its score and reasons while it is open
 * (or its snooze has passed, which opens it again); decided ones are left as they are.
 */
export async function saveOpenSuggestions(
  tx: QueryRunner,
  suggestions: readonly SuggestionToSave[],
): Promise<StoredSuggestion[]> {
  const rows = await tx.run(
    `/* saveOpenSuggestions */
     UNWIND $suggestions AS input
     MERGE (s:Suggestion {pairKey: input.pairKey})
       ON CREATE SET s.id = input.id, s.status = 'OPEN', s.createdAt = datetime(),
                     s.subjectId = input.subjectId, s.candidateId = input.candidateId,
                     s.initiativeId = input.initiativeId
     WITH s, input,
          (s.status = 'OPEN' OR (s.status = 'SNOOZED' AND s.snoozedUntil <= date())) AS refresh
     FOREACH (_ IN CASE WHEN refresh THEN [1] ELSE [] END |
       SET s.status = 'OPEN', s.snoozedUntil = null, s.score = input.score,
           s.reasonsNl = input.reasonsNl, s.reasonsEn = input.reasonsEn,
           s.mutualContactIds = input.mutualContactIds, s.updatedAt = datetime())
     WITH s, input
     OPTIONAL MATCH (p:Person) WHERE p.id IN input.personIds
     FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (s)-[:INTRODUCES]->(p))
     WITH DISTINCT s, input
     OPTIONAL MATCH (i:Initiative {id: input.initiativeId})
     FOREACH (_ IN CASE WHEN i IS NULL THEN [] ELSE [1] END | MERGE (s)-[:FOR_INITIATIVE]->(i))
     WITH DISTINCT s
     RETURN ${suggestionProjection('s')}`,
    { suggestions },
  );
  return parseRows(suggestionRow, rows, 'saveOpenSuggestions');
}

/** recordSuggestionDecision: sets the status, who decided and when, and a snooze date. */
export async function recordSuggestionDecision(
  tx: QueryRunner,
  input: { id: string; status: SuggestionStatus; decidedBy: string; snoozedUntil: string | null },
): Promise<void> {
  await tx.run(
    `/* recordSuggestionDecision */
     MATCH (s:Suggestion {id: $id})
     SET s.status = $status, s.decidedBy = $decidedBy, s.decidedAt = datetime(),
         s.snoozedUntil = CASE WHEN $snoozedUntil IS NULL THEN null ELSE date($snoozedUntil) END`,
    input,
  );
}

/** findInitiators: the people who started an initiative. */
export async function findInitiators(tx: QueryRunner, initiativeId: string): Promise<string[]> {
  const rows = await tx.run(
    `/* findInitiators */
     MATCH (p:Person)-[:INITIATES]->(:Initiative {id: $initiativeId})
     RETURN p.id AS id ORDER BY id`,
    { initiativeId },
  );
  return parseRows(z.object({ id: z.string() }), rows, 'findInitiators').map((row) => row.id);
}
