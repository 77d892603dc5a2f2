import type { Logger } from '../logger.js';
import type { Database } from '../neo4j/database.js';

/**
 * Who is asking. Until accounts exist every request is anonymous; the access-control work fills
 * this from the session, and every service already receives it.
 */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: string; roles: readonly string[]; areaIds: readonly string[] };

export interface AppServices {
  db: Database;
  log: Logger;
  version: string;
}

export interface RequestContext {
  db: Database;
  log: Logger;
  requestId: string;
  viewer: Viewer;
  version: string;
}

export function createRequestContext(
  services: AppServices,
  _request: Request,
  requestId: string,
): RequestContext {
  return {
    db: services.db,
    log: services.log.child({ requestId }),
    requestId,
    viewer: { kind: 'anonymous' },
    version: services.version,
  };
}
