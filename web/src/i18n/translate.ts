import type { ApiErrorCode } from '../api/apiError';
import { en } from './en';
import type { Language } from './language';
import { type MessageKey, nl } from './nl';

export const dictionaries: Record<Language, Record<MessageKey, string>> = { nl, en };

export type MessageParams = Record<string, string | number>;

/** The text for `key` in `language`, with every `{name}` replaced by `params[name]`. */
export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return dictionaries[language][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** The dictionary key of an error code's message; the template type proves each code has one. */
export function errorMessageKey(code: ApiErrorCode): MessageKey {
  return `error.${code}`;
}

/** The `{name}` placeholders a text expects, sorted, so languages can be compared. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
