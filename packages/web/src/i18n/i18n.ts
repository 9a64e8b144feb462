import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../shared/api/api-client';
import { storedLanguage } from './language';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

// The compiler checks the English catalog has every key of the Chinese one.
const englishCatalog: typeof zhCN = en;

const initialLanguage = storedLanguage();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: englishCatalog } },
  lng: initialLanguage,
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

document.documentElement.lang = initialLanguage;
setApiLanguage(initialLanguage);

export { i18n };
