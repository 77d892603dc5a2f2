import { describe, expect, it } from 'vitest';
import { createLanguageStore, type LanguageStorage, languageStorageKey } from './languageStore';

function memoryStorage(initial: Record<string, string> = {}): LanguageStorage & {
  items: Map<string, string>;
} {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

describe('the language store', () => {
  it('speaks Dutch by default', () => {
    expect(createLanguageStore(memoryStorage()).getSnapshot()).toBe('nl');
    expect(createLanguageStore(undefined).getSnapshot()).toBe('nl');
  });

  it('remembers the chosen language for the next visit', () => {
    const storage = memoryStorage();
    createLanguageStore(storage).setLanguage('en');
    expect(storage.items.get(languageStorageKey)).toBe('en');
    expect(createLanguageStore(storage).getSnapshot()).toBe('en');
  });

  it('ignores a stored value that is not a language', () => {
    const storage = memoryStorage({ [languageStorageKey]: 'klingon' });
    expect(createLanguageStore(storage).getSnapshot()).toBe('nl');
  });

  it('still switches when the browser blocks storage', () => {
    const blocked: LanguageStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createLanguageStore(blocked);
    let notified = 0;
    store.subscribe(() => notified++);
    store.setLanguage('en');
    expect(store.getSnapshot()).toBe('en');
    expect(notified).toBe(1);
  });
});
