import { capabilityTable } from '../auth/capabilities.js';
import { PLAN_READERS } from '../auth/roles.js';

/** Files in and out: exports and the handout for everyone on the plan (scoped), the bulletin for the office and the leaders, imports for the office. */
export const IO = capabilityTable('io', {
  exportLedgers: PLAN_READERS,
  downloadHandout: PLAN_READERS,
  downloadBulletin: ['hq', 'leader'],
  importLedgers: ['hq'],
  importProgress: ['hq'],
});
