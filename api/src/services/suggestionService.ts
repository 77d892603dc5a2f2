import { randomUUID } from 'node:crypto';
import { louvainCommunities } from '../analytics/communities.js';
import {
  type IntroductionIndex,
  prepareIntroductions,
} from '../analytics/municipality/introductionIndex.js';
import {
  explainIntroductions,
  type Introduction,
  type IntroductionOptions,
  mutualContacts,
  type RankedIntroduction,
  rankIntroductions,
} from '../analytics/municipality/introductions.js';
import { kernOf, placementsOf } from '../analytics/municipality/projection.js';
import { auditActions } from '../audit/auditActions.js';
import { type AuditContext, auditInTransaction } from '../audit/auditService.js';
import { type RegisterScope, wholeRegister } from '../auth/registerScope.js';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors.js';
import { linkKey, storedDirection } from '../domain/linkTypes.js';
import type { Database } from '../neo4j/database.js';
import { checkLinkEnds, mergeLink } from '../repositories/linkRepository.js';
import { findIdsInScope } from '../repositories/scopeFilter.js';
import {
  findInitiators,
  findSuggestionById,
  findSuggestionsByPairKeys,
  recordSuggestionDecision,
  type StoredSuggestion,
  type SuggestionStatus,
  saveOpenSuggestions,
} from '../repositories/suggestionRepository.js';
import {
  type AnalysisRef,
  type AnalysisSettings,
  analysisDefaults,
  type LoadedProjection,
  loadProjection,
} from './analysisService.js';

/** The source an accepted introduction's KNOWS link carries. */
export const introductionSource = 'introduced-by-antenne';

export interface SuggestionAnswer {
  stored: StoredSuggestion;
  candidate: AnalysisRef;
  subject: AnalysisRef;
  mutualContacts: AnalysisRef[];
}

/** Dismissed and accepted pairs stay out; a snoozed pair stays out until its date. */
function isBlocked(stored: StoredSuggestion | undefined, today: string): boolean {
  if (!stored) return false;
  if (stored.status === 'DISMISSED' || stored.status === 'ACCEPTED') return true;
  return stored.status === 'SNOOZED' && (stored.snoozedUntil ?? '') > today;
}

const pairKeyOf = (subject: { kind: 'PERSON' | 'INITIATIVE'; id: string }, candidate: string) =>
  subject.kind === 'INITIATIVE'
    ? `initiative:${subject.id}|${candidate}`
    : `people:${[subject.id, candidate].sort().join('|')}`;

/**
 * Suggested introductions for a person, or for an initiative (people who match its themes and
 * neighbourhood), scored by structure (Adamic–Adar) and purpose, with Dutch and English reasons.
 * Each is stored as a `Suggestion` so it can be decided; dismissed ones never come back.
 */
export async function suggestIntroductionsFor(
  db: Database,
  subject: { kind: 'PERSON' | 'INITIATIVE'; id: string },
  first: number,
  now: Date = new Date(),
  settings: Pick<AnalysisSettings, 'tieHalfLifeMonths'> = analysisDefaults,
  /** The viewer's register scope: candidates outside it are left out, mutual contacts not named. */
  scope: RegisterScope = wholeRegister,
): Promise<SuggestionAnswer[]> {
  const projection = await loadProjection(db, { areaId: null }, now, settings);
  const node = projection.nodes.get(subject.id);
  if (!node || node.kind !== subject.kind) {
    // Objected people are not in the projection: they get no suggestions either.
    throw new NotFoundError(subject.kind === 'PERSON' ? 'Person' : 'Initiative', subject.id);
  }
  const wanted = first * 3 + 20;
  const ground = introductionGround(projection, subject, node.themeIds);
  let introductions: Introduction[];
  if (scope.kind === 'all') {
    introductions = explainIntroductions(
      projection.graph,
      subject.id,
      rankPeople(projection, subject.id, ground, wanted),
      ground,
    );
  } else {
    // Rank further (many of the best may lie in other villages), ask Cypher which of those people
    // and their mutual contacts the viewer may see, and explain the visible ones naming only them.
    const ranked = rankPeople(projection, subject.id, ground, wanted * 10);
    const mutual = mutualContacts(
      projection.graph,
      subject.id,
      ranked.map((candidate) => candidate.id),
    );
    const ids = new Set(ranked.flatMap(({ id }) => [id, ...(mutual.get(id) ?? [])]));
    const visible = await db.read('suggestionScope', (tx) => findIdsInScope(tx, [...ids], scope));
    introductions = explainIntroductions(
      projection.graph,
      subject.id,
      ranked.filter((candidate) => visible.has(candidate.id)).slice(0, wanted),
      { ...ground, nameable: (id) => visible.has(id) },
    );
  }
  const today = now.toISOString().slice(0, 10);
  const initiators = subject.kind === 'INITIATIVE' ? await initiatorsOf(db, subject.id) : [];
  const saved = await db.write('suggestIntroductions', async (tx) => {
    const keys = introductions.map((intro) => pairKeyOf(subject, intro.id));
    const existing = new Map(
      (await findSuggestionsByPairKeys(tx, keys)).map((stored) => [stored.pairKey, stored]),
    );
    const open = introductions
      .filter((intro) => !isBlocked(existing.get(pairKeyOf(subject, intro.id)), today))
      .slice(0, first);
    return saveOpenSuggestions(
      tx,
      open.map((intro) => ({
        id: randomUUID(),
        pairKey: pairKeyOf(subject, intro.id),
        subjectId: subject.id,
        candidateId: intro.id,
        initiativeId: subject.kind === 'INITIATIVE' ? subject.id : null,
        score: intro.score,
        reasonsNl: intro.reasons.map((reason) => reason.nl),
        reasonsEn: intro.reasons.map((reason) => reason.en),
        mutualContactIds: intro.mutualContacts,
        personIds:
          subject.kind === 'PERSON'
            ? [subject.id, intro.id]
            : [...initiators.slice(0, 1), intro.id],
      })),
    );
  });
  return saved
    .filter((stored) => stored.status === 'OPEN')
    .sort((a, b) => b.score - a.score || a.candidateId.localeCompare(b.candidateId))
    .map((stored) => ({
      stored,
      subject: projection.refOf(subject.id),
      candidate: projection.refOf(stored.candidateId),
      mutualContacts: stored.mutualContactIds.map(projection.refOf),
    }));
}

function initiatorsOf(db: Database, initiativeId: string): Promise<string[]> {
  return db.read('findInitiators', (tx) => findInitiators(tx, initiativeId));
}

/** What every suggestion on one projection needs: each node's kernen and themes by name, and the communities. */
interface SuggestionGround {
  placements: Map<string, { areas: string[]; themes: string[] }>;
  prepared: IntroductionIndex;
  communities: Map<string, number>;
}

/**
 * Per projection, computed once: Louvain over the whole network and the placements cost about a
 * second at 10,000 stakeholders, and a projection is shared until the graph version changes
 * (projectionCache.ts), so requests between two writes reuse them.
 */
const grounds = new WeakMap<LoadedProjection, SuggestionGround>();

function suggestionGroundOf(projection: LoadedProjection): SuggestionGround {
  const known = grounds.get(projection);
  if (known) return known;
  const placements = placementsOf(projection, (area) => kernOf(projection.areas, area));
  const named = new Map(
    [...placements].map(([id, placement]) => [
      id,
      {
        areas: placement.areas.map((area) => projection.areaRef(area).name),
        themes: placement.themes.map((theme) => projection.themeRef(theme).name),
      },
    ]),
  );
  const communities = louvainCommunities(projection.graph, {
    weight: 'weight',
    seed: 1,
  }).communities;
  const ground: SuggestionGround = {
    placements: named,
    prepared: prepareIntroductions(projection.graph, named, communities),
    communities,
  };
  grounds.set(projection, ground);
  return ground;
}

/** What ranking and explaining need for the subject; areas are compared by kern ("different villages"). */
function introductionGround(
  projection: LoadedProjection,
  subject: { kind: 'PERSON' | 'INITIATIVE'; id: string },
  themeIds: readonly string[],
): IntroductionOptions {
  const { placements, prepared, communities } = suggestionGroundOf(projection);
  return {
    placements,
    prepared,
    communities,
    ...(subject.kind === 'INITIATIVE'
      ? { neededThemes: themeIds.map((theme) => projection.themeRef(theme).name) }
      : {}),
    labelOf: (id) => projection.refOf(id).name,
  };
}

/** The best `limit` people for the subject (organisations are ranked too, then left out). */
function rankPeople(
  projection: LoadedProjection,
  subjectId: string,
  options: IntroductionOptions,
  limit: number,
): RankedIntroduction[] {
  return rankIntroductions(projection.graph, subjectId, { ...options, limit: limit * 2 })
    .filter((candidate) => projection.nodes.get(candidate.id)?.kind === 'PERSON')
    .slice(0, limit);
}

export type SuggestionDecision = 'ACCEPT' | 'DISMISS' | 'SNOOZE';

/**
 * Decides a suggestion in one transaction: dismissed stays dismissed for that pair; accepted
 * becomes a KNOWS link (strength 2, source `introduced-by-antenne`) through the register's link
 * store; snoozed comes back after the date. With `auditContext` (the request), the decision's
 * audit entry (`suggestion.decided`) is written in the same transaction.
 */
export async function decideSuggestion(
  db: Database,
  input: { id: string; decision: SuggestionDecision; snoozeUntil: string | null; actor: string },
  now: Date = new Date(),
  auditContext?: Omit<AuditContext, 'db'>,
): Promise<StoredSuggestion> {
  const today = now.toISOString().slice(0, 10);
  if (input.decision === 'SNOOZE' && (input.snoozeUntil === null || input.snoozeUntil <= today)) {
    throw new ValidationError('snoozeUntil', 'Snoozing needs a date after today.');
  }
  const linkId = randomUUID();
  return db.write('decideSuggestion', async (tx) => {
    const stored = await findSuggestionById(tx, input.id);
    if (!stored) throw new NotFoundError('Suggestion', input.id);
    if (stored.status === 'ACCEPTED' || stored.status === 'DISMISSED') {
      throw new ConflictError(`This suggestion was already ${stored.status.toLowerCase()}.`);
    }
    const status: SuggestionStatus =
      input.decision === 'ACCEPT'
        ? 'ACCEPTED'
        : input.decision === 'DISMISS'
          ? 'DISMISSED'
          : 'SNOOZED';
    if (status === 'ACCEPTED') {
      const [a, b] = stored.personIds;
      if (!a || !b) {
        throw new ValidationError(
          'decision',
          'There is no person on the other side to introduce (the initiative has no person who started it).',
        );
      }
      const [from, to] = storedDirection(
        'KNOWS',
        { label: 'Person', id: a },
        { label: 'Person', id: b },
      );
      const ends = await checkLinkEnds(tx, from, to);
      if (!ends.fromFound) throw new NotFoundError('Person', from.id);
      if (!ends.toFound) throw new NotFoundError('Person', to.id);
      await mergeLink(
        tx,
        {
          id: linkId,
          type: 'KNOWS',
          key: linkKey('KNOWS', from.id, to.id),
          from,
          to,
          properties: { strength: 2, since: today, lastContact: today },
        },
        { actor: input.actor, source: introductionSource },
      );
    }
    await recordSuggestionDecision(tx, {
      id: input.id,
      status,
      decidedBy: input.actor,
      snoozedUntil: status === 'SNOOZED' ? input.snoozeUntil : null,
    });
    if (auditContext) {
      await auditInTransaction(tx, auditContext, auditActions.suggestionDecided, {
        subjectType: 'Suggestion',
        subjectId: input.id,
        details: {
          decision: input.decision,
          status,
          snoozedUntil: status === 'SNOOZED' ? input.snoozeUntil : null,
          people: [...stored.personIds],
          linkId: status === 'ACCEPTED' ? linkId : null,
        },
      });
    }
    return (await findSuggestionById(tx, input.id)) as StoredSuggestion;
  });
}
