import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { setApiLanguage } from '../shared/api/api-client';
import { storeLanguage, toLanguage } from './language';
import type { Language } from './language';

/** The current interface language and a setter that switches everything: texts, formats, API messages. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const setLanguage = useCallback(
    (next: Language) => {
      storeLanguage(next);
      setApiLanguage(next);
      document.documentElement.lang = next;
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return [language, setLanguage];
}
