import { z } from 'zod';
import { initiativeStatuses, municipalOffers } from '../vocabulary.js';
import { optionalText, pastDate, requiredText } from './fields.js';

const offers = z
  .array(z.enum(municipalOffers))
  .transform((values) => municipalOffers.filter((offer) => values.includes(offer)));

export const createInitiativeInput = z
  .object({
    title: requiredText(200),
    description: optionalText(2000),
    status: z.enum(initiativeStatuses).nullish(),
    offers: offers.nullish(),
    receivedAt: pastDate,
    firstResponseAt: pastDate.nullish(),
    public: z.boolean().nullish(),
  })
  .superRefine((value, ctx) => {
    const problem = responseDateProblem(value.receivedAt, value.firstResponseAt);
    if (problem) ctx.addIssue({ code: 'custom', path: ['firstResponseAt'], message: problem });
  });
export type CreateInitiativeInput = z.output<typeof createInitiativeInput>;

export const updateInitiativeInput = z.object({
  title: requiredText(200).optional(),
  description: optionalText(2000),
  status: z.enum(initiativeStatuses).optional(),
  offers: offers.optional(),
  receivedAt: pastDate.optional(),
  firstResponseAt: pastDate.nullish(),
  public: z.boolean().optional(),
});
export type UpdateInitiativeInput = z.output<typeof updateInitiativeInput>;

/** The first response cannot come before the initiative was received. */
export function responseDateProblem(
  receivedAt: string,
  firstResponseAt: string | null | undefined,
): string | null {
  return firstResponseAt && firstResponseAt < receivedAt
    ? 'The first response cannot be before the initiative was received.'
    : null;
}
