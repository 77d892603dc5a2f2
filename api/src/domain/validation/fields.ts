import { z } from 'zod';

/**
 * Building blocks shared by every input schema: lengths, dates, contact details. Dates are ISO
 * `YYYY-MM-DD` strings throughout the app; the repositories turn them into Neo4j dates.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string is a real calendar date in `YYYY-MM-DD` form (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today as `YYYY-MM-DD` in the municipality's time zone (the Netherlands). */
export function today(now: Date = new Date()): string {
  // One formatter for the process: building one costs ~0.5 ms, and an import validates per row.
  return amsterdamDate.format(now);
}

export const isoDate = z.string().refine(isDisplayableDate, 'Use a real date as YYYY-MM-DD.');

function isDisplayableDate(value: string): boolean {
  return isIsoDate(value) && value >= '1900-01-01';
}

/** A date that has already happened: a contact, a received initiative, since when people know each other. */
export const pastDate = isoDate.refine(
  (value) => value <= today(),
  'This date cannot be in the future.',
);

/** A date that has not yet come: how long data may be kept. */
export const futureDate = isoDate.refine(
  (value) => value > today(),
  'This date must be in the future.',
);

/** Trimmed text of a bounded length; empty after trimming is refused. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, 'This field cannot be empty.').max(max, `At most ${max} characters.`);

/** Optional trimmed text; empty after trimming counts as absent (stored as null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .transform((value) => (value === '' ? null : value))
    .nullish();

export const name = requiredText(200);
export const note = optionalText(500);

export const email = z
  .email('Use an e-mail address such as naam@example.nl.')
  .max(254)
  .nullish()
  .or(z.literal('').transform(() => null));

export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, 'Use a phone number of digits, spaces, +, - or brackets.')
  .nullish()
  .or(z.literal('').transform(() => null));

/** A Dutch postcode, `7137 AB` or just the four digits; stored upper-case without the space. */
export const postcode = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine(
    (value) => /^[1-9][0-9]{3}([A-Z]{2})?$/.test(value),
    'Use a Dutch postcode such as 7137 AB.',
  )
  .nullish();

export const website = z
  .url({ protocol: /^https?$/, error: 'Use a web address starting with http:// or https://.' })
  .max(500)
  .nullish();

/** Opaque ids inside the app are UUIDs; GraphQL ids are decoded to these before services see them. */
export const uuid = z.uuid('Unknown id.');
