import { capabilityTable } from '../auth/capabilities.js';

/** The office reviews submitted reports: its queue, approve, return, alone or in a batch. */
export const REVIEW = capabilityTable('review', {
  reviewReports: ['hq'],
});
