import type { Database } from '../neo4j/database.js';
import { type DatabaseInfo, getDatabaseInfo } from '../repositories/systemRepository.js';

export interface SystemStatus {
  version: string;
  database: ({ reachable: true } & DatabaseInfo) | { reachable: false };
}

/** What the app and its database are, for the status panel and for operators. */
export async function systemStatus(db: Database, version: string): Promise<SystemStatus> {
  try {
    const info = await db.read('systemStatus', getDatabaseInfo);
    return { version, database: { reachable: true, ...info } };
  } catch {
    return { version, database: { reachable: false } };
  }
}
