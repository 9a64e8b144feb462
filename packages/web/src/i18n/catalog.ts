import authEn from '../features/auth/locales/en.json';
import authZh from '../features/auth/locales/zh-CN.json';
import auditEn from '../features/audit/locales/en.json';
import auditZh from '../features/audit/locales/zh-CN.json';
import notificationsEn from '../features/notifications/locales/en.json';
import notificationsZh from '../features/notifications/locales/zh-CN.json';
import organisationEn from '../features/organisation/locales/en.json';
import organisationZh from '../features/organisation/locales/zh-CN.json';
import roadmapEn from '../features/roadmap/locales/en.json';
import roadmapZh from '../features/roadmap/locales/zh-CN.json';
import securityEn from '../features/security/locales/en.json';
import securityZh from '../features/security/locales/zh-CN.json';
import settingsEn from '../features/settings/locales/en.json';
import settingsZh from '../features/settings/locales/zh-CN.json';
import supervisionEn from '../features/supervision/locales/en.json';
import supervisionZh from '../features/supervision/locales/zh-CN.json';
import usersEn from '../features/users/locales/en.json';
import usersZh from '../features/users/locales/zh-CN.json';
import baseEn from './locales/en.json';
import baseZh from './locales/zh-CN.json';

/**
 * The interface texts: the shared catalog plus one namespace per feature that keeps its own texts
 * beside its code (`features/<feature>/locales`), so features can grow without touching one big file.
 */
export const zhCatalog = {
  ...baseZh,
  account: authZh,
  auditLog: auditZh,
  notifications: notificationsZh,
  organisation: organisationZh,
  roadmap: roadmapZh,
  security: securityZh,
  rules: settingsZh,
  supervision: supervisionZh,
  users: usersZh,
};

// The compiler checks the English catalog has every key of the Chinese one.
export const enCatalog: typeof zhCatalog = {
  ...baseEn,
  account: authEn,
  auditLog: auditEn,
  notifications: notificationsEn,
  organisation: organisationEn,
  roadmap: roadmapEn,
  security: securityEn,
  rules: settingsEn,
  supervision: supervisionEn,
  users: usersEn,
};
