import 'i18next';
import type { zhCatalog } from './catalog';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCatalog };
    returnNull: false;
  }
}
