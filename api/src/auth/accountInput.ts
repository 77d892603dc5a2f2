import { z } from 'zod';
import { parseInput } from '../domain/validation/parseInput.js';
import { roles } from './roles.js';

const username = z
  .string()
  .trim()
  .min(3, 'A username has at least 3 characters.')
  .max(64, 'A username has at most 64 characters.')
  .regex(/^[A-Za-z0-9._@-]+$/, 'Use letters, digits and . _ @ - only.');

const roleList = z
  .array(z.enum(roles, 'Unknown role.'))
  .max(roles.length)
  .transform((list) => [...new Set(list)]);

const areaIds = z.array(z.string().trim().min(1).max(64)).max(500);

export const newAccountInput = z.object({
  username,
  displayName: z.string().trim().min(1, 'A display name is required.').max(120),
  password: z.string(),
  roles: roleList,
  areaIds: areaIds.default([]),
  personId: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .nullish()
    .transform((value) => value ?? null),
});

export type NewAccountInput = z.output<typeof newAccountInput>;

export const accountRolesInput = z.object({
  roles: roleList,
  /** Null or left out: the areas stay as they are. */
  areaIds: areaIds.nullish().transform((value) => value ?? null),
});

export const parseNewAccount = (input: unknown) => parseInput(newAccountInput, input);
export const parseAccountRoles = (input: unknown) => parseInput(accountRolesInput, input);
