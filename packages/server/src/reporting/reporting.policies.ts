import { capabilityTable } from '../auth/capabilities.js';
import { DEPARTMENT_ROLES, PLAN_READERS } from '../auth/roles.js';

/**
 * Reporting cycles and progress reports. Report routes admit every reader at the door: the service
 * looks the report up in the caller's scope first (404) and then checks these (403).
 */
export const REPORTING = capabilityTable('reporting', {
  read: PLAN_READERS,
  /** Draft and correct a report and its evidence: the departments on the item. */
  writeReports: DEPARTMENT_ROLES,
  /** Submit and withdraw: the department head signs off. */
  submitReports: ['dept_manager'],
  /** Open, close and reopen cycles, follow each department's reporting and 催报: the office. */
  runCycles: ['hq'],
});

/**
 * The office reviews submitted reports: its queue, approve, return, alone or in a batch. Kept with
 * reporting because a report's presenter offers the review (review/ builds on reporting, not back).
 */
export const REVIEW = capabilityTable('review', {
  reviewReports: ['hq'],
});
