import { z } from 'zod';
import { contactChannels } from '../vocabulary.js';
import { isoDate, pastDate, requiredText, uuid } from './fields.js';

const participant = z.object({ label: z.enum(['Person', 'Organization']), id: uuid });

const contactFields = {
  date: pastDate,
  channel: z.enum(contactChannels),
  note: requiredText(500),
  followUpAt: isoDate.nullish(),
  participants: z
    .array(participant)
    .min(1, 'A contact moment involves at least one person or organization.')
    .max(50, 'At most 50 participants.')
    .transform(uniqueById),
  initiativeId: uuid.nullish(),
  recordedById: uuid.nullish(),
};

export const recordContactInput = z.object(contactFields).superRefine((value, ctx) => {
  if (value.followUpAt && value.followUpAt < value.date) {
    ctx.addIssue({
      code: 'custom',
      path: ['followUpAt'],
      message: 'A follow-up cannot be before the contact itself.',
    });
  }
});
export type RecordContactInput = z.output<typeof recordContactInput>;

export const updateContactInput = z.object({
  date: contactFields.date.optional(),
  channel: contactFields.channel.optional(),
  note: contactFields.note.optional(),
  followUpAt: contactFields.followUpAt,
  participants: contactFields.participants.optional(),
  initiativeId: contactFields.initiativeId,
  recordedById: contactFields.recordedById,
});
export type UpdateContactInput = z.output<typeof updateContactInput>;

function uniqueById<T extends { id: string }>(values: T[]): T[] {
  const seen = new Set<string>();
  return values.filter((value) => !seen.has(value.id) && seen.add(value.id));
}
