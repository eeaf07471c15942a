/**
 * The language of the interface: Vietnamese unless the user chose English, remembered in
 * localStorage. `useI18n()` gives the current language, a way to change it and `t()`.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { setApiLanguage } from '../api/client.ts';
import { parseLang, translate } from './translate.ts';
import type { Lang, MessageKey, MessageParams } from './translate.ts';

const STORAGE_KEY = 'resolute.lang';

export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, params?: MessageParams): string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLang(): Lang {
  try {
    return parseLang(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage can be disabled (private mode, policies): the default language still works.
    return 'vi';
  }
}

/** Provides the language to the whole application. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    setApiLanguage(lang);
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but switched for this visit.
    }
    setApiLanguage(next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its messages. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n() outside I18nProvider');
  return value;
}
