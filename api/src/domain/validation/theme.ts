import { z } from 'zod';
import { requiredText } from './fields.js';

export const themeInput = z.object({ name: requiredText(100) });
export type ThemeInput = z.output<typeof themeInput>;

/** Theme names are unique regardless of case, accents and spacing ("Zorg" = " zörg "). */
export function themeNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
