import { capabilityTable } from '../auth/capabilities.js';
import { PLAN_READERS } from '../auth/roles.js';

/**
 * The rules' thresholds and weights (the system administrator sets them up with the office), the
 * bulletin's texts (the office's), and the security settings (the security administrator's; the
 * system administrator reads them to set accounts up).
 */
export const SETTINGS = capabilityTable('settings', {
  readRules: [...PLAN_READERS, 'sysadmin'],
  editRules: ['hq', 'sysadmin'],
  readBulletinTexts: ['hq', 'leader'],
  editBulletinTexts: ['hq'],
  readSecurity: ['secadmin', 'sysadmin'],
  editSecurity: ['secadmin'],
});
