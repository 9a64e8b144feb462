import { capabilityTable } from '../auth/capabilities.js';
import { PLAN_READERS } from '../auth/roles.js';

/** The five ledgers: everyone on the plan reads them, the office keeps their names and descriptions. */
export const LEDGERS = capabilityTable('ledgers', {
  read: PLAN_READERS,
  edit: ['hq'],
});
