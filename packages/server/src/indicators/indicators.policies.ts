import { capabilityTable } from '../auth/capabilities.js';
import { DEPARTMENT_ROLES, PLAN_READERS } from '../auth/roles.js';

/**
 * Key indicators and their period values. Value routes and the indicator's update admit every reader
 * at the door, so another department's indicator is a 404; the service then checks these (403).
 */
export const INDICATORS = capabilityTable('indicators', {
  read: PLAN_READERS,
  /** Base period, targets, data source; retiring and reinstating an indicator. */
  edit: ['hq'],
  /** The office's own entry (e.g. from the statistics bureau): approved as entered, even without a cycle. */
  enterOfficialValues: ['hq'],
  /** A department's draft, which counts only once submitted and approved. */
  draftValues: DEPARTMENT_ROLES,
  submitValues: ['dept_manager'],
  reviewValues: ['hq'],
});
