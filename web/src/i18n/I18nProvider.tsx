import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from 'react';
import type { LanguageStore } from '../stores/languageStore';
import { type Language, localeOf } from './language';
import type { MessageKey } from './nl';
import { type MessageParams, translate } from './translate';

export interface I18n {
  language: Language;
  locale: string;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
  formatNumber(value: number): string;
  formatTime(value: Date): string;
  /** A calendar date (`YYYY-MM-DD`, no time zone) in the chosen locale, e.g. 3 mrt 2026. */
  formatDate(value: string): string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

/** Provides the chosen language to the tree and keeps `<html lang>` in step with it. */
export function I18nProvider({ store, children }: { store: LanguageStore; children: ReactNode }) {
  const language = useSyncExternalStore(store.subscribe, store.getSnapshot);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const i18n = useMemo<I18n>(() => {
    const locale = localeOf[language];
    const numbers = new Intl.NumberFormat(locale);
    const times = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      language,
      locale,
      setLanguage: store.setLanguage,
      t: (key, params) => translate(language, key, params),
      formatNumber: (value) => numbers.format(value),
      formatTime: (value) => times.format(value),
      formatDate: (value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return Number.isNaN(date.getTime()) ? value : dates.format(date);
      },
    };
  }, [language, store]);
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
