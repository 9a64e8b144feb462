import { capabilityTable } from '../auth/capabilities.js';
import { PLAN_READERS } from '../auth/roles.js';

/** The summary is everyone's on the plan (a department's scoped to its items); portfolios and the roadmap are the office's and the leaders'. */
export const DASHBOARD = capabilityTable('dashboard', {
  readSummary: PLAN_READERS,
  readPortfolio: ['hq', 'leader'],
  /** The office looks at any leader's portfolio; a leader sees their own. */
  readAnyPortfolio: ['hq'],
  readRoadmap: ['hq', 'leader'],
});
