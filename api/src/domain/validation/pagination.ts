import { z } from 'zod';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** `first`/`last` of a connection: 0 to 100. */
export const pageSize = z
  .number()
  .int()
  .min(0, 'Ask for at least 0 items.')
  .max(MAX_PAGE_SIZE, `Ask for at most ${MAX_PAGE_SIZE} items at a time.`)
  .nullish();

export const connectionArgs = z.object({ first: pageSize, last: pageSize });
