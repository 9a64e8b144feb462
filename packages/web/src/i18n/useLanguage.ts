import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from './i18n';
import { storeLanguage, toLanguage } from './language';
import type { Language } from './language';

/** The current interface language and a setter that switches everything: texts, formats, API messages. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    void switchLanguage(next);
  }, []);
  return [language, setLanguage];
}
