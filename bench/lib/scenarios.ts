import type { ApiSession } from './api.js';
import { login } from './api.js';
import type { LoadJob } from './load-types.js';

/** Read scenarios: [key, what it is, path]; `core` ones run at every scale, the rest at scale 1 only. */
export interface ReadScenario {
  key: string;
  label: string;
  path: string;
  session: ApiSession;
  isCore: boolean;
}

export const SEARCH_TEXT = '节能降碳';

export interface ScenarioSessions {
  hq: ApiSession;
  manager: ApiSession;
  itemId: number;
  indicatorId: number;
}

/** The accounts and records the scenarios use, all in the first generated city. */
export async function prepareSessions(baseUrl: string): Promise<ScenarioSessions> {
  const hq = await login(baseUrl, 'gen01_hq');
  const manager = await login(baseUrl, 'gen01_d01_manager');
  const page = await hq.get<{ items: { id: number }[] }>('/api/items?pageSize=50&page=2');
  const indicators = await hq.get<{ indicators: { id: number }[] }>('/api/indicators?pageSize=5');
  return { hq, manager, itemId: page.items[0]!.id, indicatorId: indicators.indicators[0]!.id };
}

export function readScenarios({ hq, manager, itemId, indicatorId }: ScenarioSessions): ReadScenario[] {
  return [
    { key: 'items.list', label: 'item list, page of 50', path: '/api/items?pageSize=50', session: hq, isCore: true },
    { key: 'items.list100', label: 'item list, page of 100', path: '/api/items?pageSize=100', session: hq, isCore: true },
    {
      key: 'items.department',
      label: 'item list, one department',
      path: `/api/items?pageSize=50&department=${encodeURIComponent('市发展改革委')}`,
      session: hq,
      isCore: true,
    },
    {
      key: 'items.search',
      label: `item list, search “${SEARCH_TEXT}”`,
      path: `/api/items?pageSize=50&q=${encodeURIComponent(SEARCH_TEXT)}`,
      session: hq,
      isCore: true,
    },
    { key: 'items.page', label: 'item page', path: `/api/items/${itemId}`, session: hq, isCore: true },
    { key: 'dashboard.summary', label: 'dashboard summary, 2025Q3', path: '/api/dashboard/summary?asOf=2025Q3', session: hq, isCore: true },
    { key: 'indicators.page', label: 'indicator page', path: `/api/indicators/${indicatorId}`, session: hq, isCore: false },
    { key: 'reporting.owed', label: 'what a department owes', path: '/api/reporting/owed', session: manager, isCore: false },
  ];
}

export function readJob(scenario: ReadScenario, connections: number, seconds: number): LoadJob {
  return {
    name: scenario.key,
    baseUrl: scenario.session.baseUrl,
    path: scenario.path,
    method: 'GET',
    headers: { cookie: scenario.session.cookie },
    connections,
    seconds,
  };
}

interface OwedEntry {
  report: { id: number; state: string; version: number } | null;
}

/**
 * The write path: every department manager of the first city submits each of its reports still in
 * draft or returned in the open quarter, once (a submit cannot be repeated), `connections` at a time.
 */
export async function submitJob(baseUrl: string, departments: number, connections: number, limit: number): Promise<LoadJob> {
  const queue: NonNullable<LoadJob['queue']> = [];
  const seen = new Set<number>();
  for (let d = 1; d <= departments && queue.length < limit; d++) {
    const manager = await login(baseUrl, `gen01_d${String(d).padStart(2, '0')}_manager`);
    const { owed } = await manager.get<{ owed: OwedEntry[] }>('/api/reporting/owed');
    for (const { report } of owed) {
      if (!report || seen.has(report.id) || queue.length >= limit) continue;
      seen.add(report.id);
      queue.push({
        path: `/api/reports/${report.id}/submit`,
        headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ version: report.version }),
      });
    }
  }
  return { name: 'reports.submit', baseUrl, path: '/', method: 'POST', headers: {}, connections, seconds: 0, queue };
}
