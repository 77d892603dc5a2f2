import { defaultLanguage, isLanguage, type Language } from '../i18n/language';

/** The part of `localStorage` the store needs; absent or throwing storage is tolerated. */
export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LanguageStore {
  getSnapshot(): Language;
  subscribe(listener: () => void): () => void;
  setLanguage(language: Language): void;
}

export const languageStorageKey = 'antenne.language';

/** The chosen language: Dutch unless the user picked another one earlier in this browser. */
export function createLanguageStore(storage: LanguageStorage | undefined): LanguageStore {
  let language = readStored(storage) ?? defaultLanguage;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => language,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setLanguage(next) {
      if (next === language) return;
      language = next;
      try {
        storage?.setItem(languageStorageKey, next);
      } catch {
        // Storage may be full or blocked (private mode): the choice then lasts for this visit only.
      }
      for (const listener of listeners) listener();
    },
  };
}

function readStored(storage: LanguageStorage | undefined): Language | undefined {
  try {
    const stored = storage?.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}
