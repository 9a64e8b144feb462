import authZh from '../features/auth/locales/zh-CN.json';
import bulletinZh from '../features/bulletin/locales/zh-CN.json';
import auditZh from '../features/audit/locales/zh-CN.json';
import indicatorsZh from '../features/indicators/locales/zh-CN.json';
import notificationsZh from '../features/notifications/locales/zh-CN.json';
import organisationZh from '../features/organisation/locales/zh-CN.json';
import reviewQueueZh from '../features/review/locales/zh-CN.json';
import reportingZh from '../features/reporting/locales/zh-CN.json';
import roadmapZh from '../features/roadmap/locales/zh-CN.json';
import securityZh from '../features/security/locales/zh-CN.json';
import settingsZh from '../features/settings/locales/zh-CN.json';
import supervisionZh from '../features/supervision/locales/zh-CN.json';
import usersZh from '../features/users/locales/zh-CN.json';
import baseZh from './locales/zh-CN.json';

/**
 * The interface texts: the shared catalog plus one namespace per feature that keeps its own texts
 * beside its code (`features/<feature>/locales`), so features can grow without touching one big file.
 */
export const zhCatalog = {
  ...baseZh,
  account: authZh,
  auditLog: auditZh,
  bulletin: bulletinZh,
  indicatorAdmin: indicatorsZh,
  notifications: notificationsZh,
  organisation: organisationZh,
  reviewQueue: reviewQueueZh,
  cycleProgress: reportingZh,
  roadmap: roadmapZh,
  security: securityZh,
  rules: settingsZh,
  supervision: supervisionZh,
  users: usersZh,
};
