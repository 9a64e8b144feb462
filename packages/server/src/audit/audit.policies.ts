import { capabilityTable } from '../auth/capabilities.js';
import { PLAN_READERS } from '../auth/roles.js';

/** The audit log is the auditor's alone (三权分立); an item's own history is its readers' (scoped, personal data masked). */
export const AUDIT = capabilityTable('audit', {
  readLog: ['auditor'],
  readItemHistory: PLAN_READERS,
});
