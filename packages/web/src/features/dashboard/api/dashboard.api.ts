import type { DashboardSummary, Portfolio, WarningPage, WarningsQuery } from '@plantrack/contract/dashboard/dashboard.contract';
import { apiRequest } from '../../../shared/api/api-client';

export const dashboardKeys = {
  summary: (asOf: string | undefined) => ['dashboard', 'summary', { asOf }] as const,
  warnings: (query: WarningsQuery) => ['dashboard', 'warnings', query] as const,
  portfolio: (asOf: string | undefined, leader: number | undefined) => ['dashboard', 'portfolio', { asOf, leader }] as const,
};

export async function fetchDashboardSummary(asOf: string | undefined, signal?: AbortSignal): Promise<DashboardSummary> {
  return apiRequest<DashboardSummary>('/api/dashboard/summary', { query: { asOf }, signal });
}

export async function fetchPortfolio(asOf: string | undefined, leader: number | undefined, signal?: AbortSignal): Promise<Portfolio> {
  return apiRequest<Portfolio>('/api/dashboard/portfolio', { query: { asOf, leader }, signal });
}

/** The summary's warnings a page at a time (the summary itself carries only the first few). */
export async function fetchDashboardWarnings(query: WarningsQuery, signal?: AbortSignal): Promise<WarningPage> {
  return apiRequest<WarningPage>('/api/dashboard/warnings', { query: { ...query }, signal });
}
