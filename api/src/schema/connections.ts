import { resolveOffsetConnection } from '@pothos/plugin-relay';
import {
  connectionArgs,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
} from '../domain/validation/pagination.js';
import { parseInput } from '../domain/validation/parseInput.js';
import type { Page } from '../repositories/nodeStore.js';

interface ConnectionArguments {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/**
 * Resolves a connection page by offset: `first` above 100 is a VALIDATION error rather than a
 * silent cut, and the repository is asked for one extra row to know whether more follow.
 */
export function pageOf<T>(args: ConnectionArguments, load: (page: Page) => Promise<T[]>) {
  parseInput(connectionArgs, { first: args.first, last: args.last });
  return resolveOffsetConnection(
    { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE },
    ({ offset, limit }) => load({ offset, limit }),
  );
}
