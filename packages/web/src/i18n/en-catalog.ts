import authEn from '../features/auth/locales/en.json';
import bulletinEn from '../features/bulletin/locales/en.json';
import auditEn from '../features/audit/locales/en.json';
import indicatorsEn from '../features/indicators/locales/en.json';
import notificationsEn from '../features/notifications/locales/en.json';
import organisationEn from '../features/organisation/locales/en.json';
import reviewQueueEn from '../features/review/locales/en.json';
import reportingEn from '../features/reporting/locales/en.json';
import roadmapEn from '../features/roadmap/locales/en.json';
import securityEn from '../features/security/locales/en.json';
import settingsEn from '../features/settings/locales/en.json';
import supervisionEn from '../features/supervision/locales/en.json';
import usersEn from '../features/users/locales/en.json';
import baseEn from './locales/en.json';
import type { zhCatalog } from './catalog';

/**
 * The English texts, loaded only when someone uses English (the first page carries the Chinese alone).
 * The type makes the compiler check that English has every key of the Chinese catalog.
 */
export const enCatalog: typeof zhCatalog = {
  ...baseEn,
  account: authEn,
  auditLog: auditEn,
  bulletin: bulletinEn,
  indicatorAdmin: indicatorsEn,
  notifications: notificationsEn,
  organisation: organisationEn,
  reviewQueue: reviewQueueEn,
  cycleProgress: reportingEn,
  roadmap: roadmapEn,
  security: securityEn,
  rules: settingsEn,
  supervision: supervisionEn,
  users: usersEn,
};
