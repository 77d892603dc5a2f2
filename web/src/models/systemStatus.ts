/** What the API says about itself and its database (the `systemStatus` query), parsed. */
export interface SystemStatus {
  version: string;
  database: DatabaseStatus;
}

export type DatabaseStatus =
  | {
      reachable: true;
      neo4jVersion: string;
      edition: Neo4jEdition;
      migrationsApplied: number;
    }
  | { reachable: false };

export type Neo4jEdition = 'community' | 'enterprise' | 'unknown';

/** Thrown when the data does not have the shape of a system status. */
export class SystemStatusShapeError extends Error {
  override name = 'SystemStatusShapeError';
}

/** Parses the `data` of the systemStatus query; the API layer turns a throw into INVALID_RESPONSE. */
export function parseSystemStatusData(data: unknown): SystemStatus {
  const root = record(data, 'data');
  const status = record(root.systemStatus, 'systemStatus');
  const db = record(status.database, 'systemStatus.database');
  const version = text(status.version, 'systemStatus.version');
  if (db.reachable === false) return { version, database: { reachable: false } };
  if (db.reachable !== true) {
    throw new SystemStatusShapeError('database.reachable is not a boolean');
  }
  const migrationsApplied = db.migrationsApplied;
  if (
    typeof migrationsApplied !== 'number' ||
    !Number.isInteger(migrationsApplied) ||
    migrationsApplied < 0
  ) {
    throw new SystemStatusShapeError('database.migrationsApplied is not a count');
  }
  return {
    version,
    database: {
      reachable: true,
      neo4jVersion: text(db.neo4jVersion, 'database.neo4jVersion'),
      edition: editionOf(text(db.edition, 'database.edition')),
      migrationsApplied,
    },
  };
}

function editionOf(value: string): Neo4jEdition {
  const lower = value.toLowerCase();
  return lower === 'community' || lower === 'enterprise' ? lower : 'unknown';
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SystemStatusShapeError(`${what} is not an object`);
  }
  return value as Record<string, unknown>;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new SystemStatusShapeError(`${what} is not a non-empty string`);
  }
  return value;
}
