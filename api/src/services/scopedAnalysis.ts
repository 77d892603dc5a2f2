import type { RegisterScope } from '../auth/registerScope.js';
import { NotFoundError } from '../domain/errors.js';
import type { Database } from '../neo4j/database.js';
import { findIdsInScope } from '../repositories/scopeFilter.js';
import { findSuggestionById } from '../repositories/suggestionRepository.js';
import type { AnalysisRef, Antenna, Connectors, CoverageCell } from './analysisService.js';
import type { SuggestionAnswer } from './suggestionService.js';

/**
 * The analysis views (antennae, coverage, connectors, suggestions) work on the whole network
 * (an official's reach does not stop at an area border), from the shared in-memory projection.
 * What they answer is narrowed here to the viewer's register scope (docs/privacy.md §7): the
 * area, initiative or person asked about must lie in it (else NOT_FOUND, like an unknown id),
 * and every stakeholder listed must too. Which of the stakeholders an answer names lie in scope
 * is asked in Cypher, once per answer, with the shared scope predicate: only those ids, so the
 * cost follows the answer's size, not the register's.
 */
interface AnalysisScope {
  /** Whether a stakeholder (or area/theme reference) may be shown. */
  shows(ref: AnalysisRef): boolean;
}

const isStakeholder = (ref: AnalysisRef) => ref.kind !== 'AREA' && ref.kind !== 'THEME';

async function analysisScopeOf(
  db: Database,
  scope: RegisterScope,
  refs: Iterable<AnalysisRef>,
): Promise<AnalysisScope> {
  if (scope.kind === 'all') return { shows: () => true };
  const ids = new Set<string>();
  for (const ref of refs) if (isStakeholder(ref)) ids.add(ref.id);
  const inScope = await db.read('analysisScope', (tx) => findIdsInScope(tx, [...ids], scope));
  return { shows: (ref) => !isStakeholder(ref) || inScope.has(ref.id) };
}

/** An area asked about must be one of the scope's areas (their subtrees are expanded already). */
export function requireAreaInScope(scope: RegisterScope, areaId: string | null): void {
  if (areaId !== null && scope.kind === 'areas' && !scope.areaIds.includes(areaId)) {
    throw new NotFoundError('Area', areaId);
  }
}

/** A person or initiative asked about must lie in scope. */
export async function requireStakeholderInScope(
  db: Database,
  scope: RegisterScope,
  label: string,
  id: string,
): Promise<void> {
  if (scope.kind === 'all') return;
  const inScope = await db.read('analysisSubjectScope', (tx) => findIdsInScope(tx, [id], scope));
  if (!inScope.has(id)) throw new NotFoundError(label, id);
}

/** Officials in scope only, each with the stakeholders in scope they reach. */
export async function antennaeInScope(
  db: Database,
  registerScope: RegisterScope,
  antennae: Antenna[],
): Promise<Antenna[]> {
  const scope = await analysisScopeOf(
    db,
    registerScope,
    antennae.flatMap((antenna) => [antenna.official, ...antenna.reached]),
  );
  return antennae
    .filter((antenna) => scope.shows(antenna.official))
    .map((antenna) => ({
      ...antenna,
      reached: antenna.reached.filter(scope.shows),
      uniquelyReached: antenna.uniquelyReached.filter(scope.shows),
    }));
}

/** The counts stay (aggregates); a single point of failure outside the scope is not named. */
export async function coverageInScope(
  db: Database,
  registerScope: RegisterScope,
  cells: CoverageCell[],
): Promise<CoverageCell[]> {
  const scope = await analysisScopeOf(
    db,
    registerScope,
    cells.flatMap((cell) =>
      cell.singlePointOfFailure ? [cell.singlePointOfFailure.stakeholder] : [],
    ),
  );
  return cells.map((cell) =>
    cell.singlePointOfFailure && !scope.shows(cell.singlePointOfFailure.stakeholder)
      ? { ...cell, singlePointOfFailure: null }
      : cell,
  );
}

/** Targets and connectors in scope; a path through someone outside the scope is left out. */
export async function connectorsInScope(
  db: Database,
  registerScope: RegisterScope,
  answer: Connectors,
): Promise<Connectors> {
  const scope = await analysisScopeOf(db, registerScope, [
    ...answer.targets,
    ...answer.connectors.flatMap((c) => [c.connector, ...c.newTargets, ...c.paths.flat()]),
  ]);
  return {
    ...answer,
    targets: answer.targets.filter(scope.shows),
    connectors: answer.connectors
      .filter((c) => scope.shows(c.connector))
      .map((c) => ({
        ...c,
        newTargets: c.newTargets.filter(scope.shows),
        paths: c.paths.filter((path) => path.every(scope.shows)),
      })),
  };
}

/** Suggestions whose candidate lies in scope, with mutual contacts in scope. */
export async function suggestionsInScope(
  db: Database,
  registerScope: RegisterScope,
  answers: SuggestionAnswer[],
): Promise<SuggestionAnswer[]> {
  const scope = await analysisScopeOf(
    db,
    registerScope,
    answers.flatMap((answer) => [answer.candidate, ...answer.mutualContacts]),
  );
  return answers
    .filter((answer) => scope.shows(answer.candidate))
    .map((answer) => ({ ...answer, mutualContacts: answer.mutualContacts.filter(scope.shows) }));
}

/** A suggestion may be decided only when both of its ends lie in scope (else NOT_FOUND). */
export async function requireSuggestionInScope(
  db: Database,
  scope: RegisterScope,
  id: string,
): Promise<void> {
  if (scope.kind === 'all') return;
  const outside = await db.read('suggestionScope', async (tx) => {
    const stored = await findSuggestionById(tx, id);
    if (!stored) return false;
    const ends = [stored.subjectId, stored.candidateId];
    const inScope = await findIdsInScope(tx, ends, scope);
    return ends.some((end) => !inScope.has(end));
  });
  if (outside) throw new NotFoundError('Suggestion', id);
}
