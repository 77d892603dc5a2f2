/** The languages Antenne speaks; Dutch first. */
export const languages = ['nl', 'en'] as const;

export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'nl';

/** The locale used for numbers, dates and times in each language. */
export const localeOf: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
