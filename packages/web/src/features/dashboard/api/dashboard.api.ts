import type { DashboardSummary, Portfolio } from '@plantrack/contract/dashboard/dashboard.contract';
import { apiRequest } from '../../../shared/api/api-client';

export const dashboardKeys = {
  summary: (asOf: string | undefined) => ['dashboard', 'summary', { asOf }] as const,
  portfolio: (asOf: string | undefined, leader: number | undefined) => ['dashboard', 'portfolio', { asOf, leader }] as const,
};

export async function fetchDashboardSummary(asOf: string | undefined, signal?: AbortSignal): Promise<DashboardSummary> {
  return apiRequest<DashboardSummary>('/api/dashboard/summary', { query: { asOf }, signal });
}

export async function fetchPortfolio(asOf: string | undefined, leader: number | undefined, signal?: AbortSignal): Promise<Portfolio> {
  return apiRequest<Portfolio>('/api/dashboard/portfolio', { query: { asOf, leader }, signal });
}
