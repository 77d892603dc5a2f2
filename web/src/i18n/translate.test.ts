import { describe, expect, it } from 'vitest';
import { apiErrorCodes } from '../api/apiError';
import { en } from './en';
import { languages } from './language';
import { nl } from './nl';
import { dictionaries, errorMessageKey, placeholdersOf, translate } from './translate';

/** Words Dutch and English happen to share. */
const sameInBothLanguages = new Set([
  'nav.home',
  'filters.title',
  'details.privacy',
  'field.email',
  'field.postcode',
  'field.website',
  'field.status',
  'add.link',
  'dataTransfer.field.EMAIL',
  'dataTransfer.field.POSTCODE',
  'dataTransfer.export.gexf',
  'dataTransfer.export.graphml',
  'initiative.nothing',
  'initiative.status',
  'suggestions.score',
  'nav.dashboard',
  'signIn.role.MANAGEMENT',
  'dashboard.title',
  'public.resultTitle',
]);

describe('the dictionaries', () => {
  it('have the same keys in every language as in Dutch', () => {
    const dutchKeys = Object.keys(nl).sort();
    for (const language of languages) {
      expect(Object.keys(dictionaries[language]).sort(), language).toEqual(dutchKeys);
    }
  });

  it('have no empty text in any language', () => {
    for (const language of languages) {
      const empty = Object.entries(dictionaries[language]).filter(([, text]) => !text.trim());
      expect(empty, language).toEqual([]);
    }
  });

  it('expect the same placeholders in English as in Dutch', () => {
    const mismatched = Object.entries(nl)
      .filter(([key, text]) => {
        const english = en[key as keyof typeof en];
        return placeholdersOf(text).join() !== placeholdersOf(english).join();
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('give every API error code a message of its own in both languages', () => {
    for (const code of apiErrorCodes) {
      const key = errorMessageKey(code);
      expect(nl[key], code).toBeTruthy();
      expect(en[key], code).toBeTruthy();
    }
    const dutchMessages = apiErrorCodes.map((code) => nl[errorMessageKey(code)]);
    expect(new Set(dutchMessages).size).toBe(apiErrorCodes.length);
  });

  it('translate English text that differs from the Dutch, apart from names', () => {
    const untranslated = Object.keys(nl).filter(
      (key) =>
        !/^(app\.name|language\.|status\.edition\.(community|enterprise))/.test(key) &&
        !sameInBothLanguages.has(key) &&
        nl[key as keyof typeof nl] === en[key as keyof typeof en],
    );
    expect(untranslated).toEqual([]);
  });
});

describe('translate', () => {
  it('fills in placeholders', () => {
    expect(translate('nl', 'status.migrationsApplied', { count: 3 })).toBe('3 toegepast');
    expect(translate('en', 'status.errorCode', { code: 'NETWORK_ERROR' })).toBe(
      'Error code: NETWORK_ERROR',
    );
  });

  it('leaves a placeholder visible when its value is missing, rather than printing undefined', () => {
    expect(translate('en', 'status.checkedAt')).toBe('Checked at {time}');
  });

  it('answers in the language asked for', () => {
    expect(translate('nl', 'status.connected')).toBe('Antenne is verbonden met Neo4j.');
    expect(translate('en', 'status.connected')).toBe('Antenne is connected to Neo4j.');
  });
});
