import { integer, optionalInteger, record, ShapeError } from './shape';

/** Gould–Fernandez brokerage roles by kern: how many open pairs the stakeholder brokers in each role. */
export interface BrokerageRoles {
  coordinator: number;
  itinerant: number;
  gatekeeperRepresentative: number;
  liaison: number;
  total: number;
}

/** The scores the latest analysis run wrote on a person or organization (docs/analysis.md). */
export interface StakeholderScores {
  degree: number;
  betweenness: number;
  closeness: number;
  pagerank: number;
  eigenvector: number;
  coreNumber: number;
  community: number;
  constraint: number | null;
  effectiveSize: number | null;
  brokerage: BrokerageRoles | null;
}

function real(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ShapeError(`${what} is not a number`);
  }
  return value;
}

const optionalReal = (value: unknown, what: string) =>
  value === null || value === undefined ? null : real(value, what);

/** Reads `scores { … }`; null before the first analysis run (and for people who objected). */
export function parseStakeholderScores(value: unknown): StakeholderScores | null {
  if (value === null || value === undefined) return null;
  const scores = record(value, 'scores');
  const brokerage =
    scores.brokerage === null || scores.brokerage === undefined
      ? null
      : record(scores.brokerage, 'scores.brokerage');
  return {
    degree: integer(scores.degree, 'scores.degree'),
    betweenness: real(scores.betweenness, 'scores.betweenness'),
    closeness: real(scores.closeness, 'scores.closeness'),
    pagerank: real(scores.pagerank, 'scores.pagerank'),
    eigenvector: real(scores.eigenvector, 'scores.eigenvector'),
    coreNumber: integer(scores.coreNumber, 'scores.coreNumber'),
    community: integer(scores.community, 'scores.community'),
    constraint: optionalReal(scores.constraint, 'scores.constraint'),
    effectiveSize: optionalReal(scores.effectiveSize, 'scores.effectiveSize'),
    brokerage: brokerage && {
      coordinator: integer(brokerage.coordinator, 'brokerage.coordinator'),
      itinerant: integer(brokerage.itinerant, 'brokerage.itinerant'),
      gatekeeperRepresentative: integer(
        brokerage.gatekeeperRepresentative,
        'brokerage.gatekeeperRepresentative',
      ),
      liaison: integer(brokerage.liaison, 'brokerage.liaison'),
      total: optionalInteger(brokerage.total, 'brokerage.total') ?? 0,
    },
  };
}

export interface ScoreFact {
  key: Exclude<keyof StakeholderScores, 'brokerage'>;
  value: number;
}

/**
 * The scores as the details panel lists them: counts as they are, centralities as given (0–1);
 * constraint and effective size only when the stakeholder has ties.
 */
export function scoreFacts(scores: StakeholderScores): ScoreFact[] {
  const facts: ScoreFact[] = [
    { key: 'degree', value: scores.degree },
    { key: 'betweenness', value: scores.betweenness },
    { key: 'pagerank', value: scores.pagerank },
    { key: 'closeness', value: scores.closeness },
    { key: 'eigenvector', value: scores.eigenvector },
    { key: 'coreNumber', value: scores.coreNumber },
    { key: 'community', value: scores.community },
  ];
  if (scores.constraint !== null) facts.push({ key: 'constraint', value: scores.constraint });
  if (scores.effectiveSize !== null) {
    facts.push({ key: 'effectiveSize', value: scores.effectiveSize });
  }
  return facts;
}

/** The brokerage roles the stakeholder plays at all, largest first. */
export function brokerageFacts(
  brokerage: BrokerageRoles,
): { role: Exclude<keyof BrokerageRoles, 'total'>; pairs: number }[] {
  const roles = ['coordinator', 'itinerant', 'gatekeeperRepresentative', 'liaison'] as const;
  return roles
    .map((role) => ({ role, pairs: brokerage[role] }))
    .filter((fact) => fact.pairs > 0)
    .sort((a, b) => b.pairs - a.pairs);
}
