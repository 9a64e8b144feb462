import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../shared/api/api-client';
import { storedLanguage } from './language';
import { enCatalog, zhCatalog } from './catalog';

const initialLanguage = storedLanguage();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCatalog }, en: { translation: enCatalog } },
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
