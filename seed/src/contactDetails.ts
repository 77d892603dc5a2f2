import type { Random } from './random.js';

/** Fictional contact details: `.example` domains (RFC 2606) and made-up numbers. */

const postcodeLetters = 'ABCDEGHJKLMNPRTVWXZ';

/** A full postcode inside a four-digit area, upper case without a space: `7137KD`. */
export function postcodeIn(area: string, random: Random): string {
  return `${area}${random.pick([...postcodeLetters])}${random.pick([...postcodeLetters])}`;
}

export function mobilePhone(random: Random): string {
  return `06-${String(random.int(10_000_000, 99_999_999))}`;
}

/** A landline in the 0544 area code (Lichtenvoorde and surroundings). */
export function landline(random: Random): string {
  return `0544-${String(random.int(300_000, 899_999))}`;
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
