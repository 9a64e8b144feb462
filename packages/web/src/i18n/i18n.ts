import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../shared/api/api-client';
import { zhCatalog } from './catalog';
import { storedLanguage } from './language';
import type { Language } from './language';

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCatalog } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  partialBundledLanguages: true,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/**
 * Switches texts, the page's `lang` and the API's messages to `language`. The English texts are fetched
 * the first time they are needed, so the first page carries the Chinese ones only.
 */
export async function switchLanguage(language: Language): Promise<void> {
  if (language === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { enCatalog } = await import('./en-catalog');
    i18n.addResourceBundle('en', 'translation', enCatalog);
  }
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  setApiLanguage(language);
}

/** Settles when the language chosen last time on this device is ready: render after it, never in the wrong language. */
export const i18nReady = switchLanguage(storedLanguage());

export { i18n };
