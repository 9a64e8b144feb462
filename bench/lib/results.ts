import type { IoResult } from './io-measures.js';
import type { LoadResult } from './load-types.js';
import type { MachineInfo } from './machine.js';
import type { BrowserResult } from './run-browser.js';
import type { WebResult } from './web-metrics.js';

export interface CeilingResult {
  key: string;
  queries: number;
  /** Requests' worth of the same queries per second straight on the driver. */
  ceilingRps: number;
  httpRps: number;
  /** Our HTTP throughput as a share of the ceiling. */
  share: number;
  /** When this is the median trial (by share): every trial. */
  trials?: CeilingResult[];
}

export interface RunResult {
  database: 'sqlite' | 'postgres';
  scale: number;
  cities: number;
  /** Items and progress reports of the city every request reads (the first one). */
  cityItems: number;
  cityReports: number;
  generateSeconds: number;
  http: (LoadResult & { label: string })[];
  ceiling: CeilingResult[];
  io: IoResult | null;
  notes: string[];
}

export interface BenchResults {
  date: string;
  startedAt: string;
  durationSeconds: number;
  machine: MachineInfo;
  settings: { seconds: number; connections: number; trials: number; scales: number[]; databases: string[] };
  runs: RunResult[];
  web: WebResult | { skipped: string };
  browser: BrowserResult | { skipped: string };
  targets: TargetCheck[];
  notes: string[];
}

export interface TargetCheck {
  target: string;
  database: string;
  measured: string;
  isMet: boolean | null;
}

const find = (run: RunResult | undefined, key: string) => run?.http.find((result) => result.name === key);

/** Each target of issues #7 and #18 against what this run measured (province scale = scale 1). */
export function checkTargets(runs: RunResult[], web: BenchResults['web'], browser: BenchResults['browser']): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (target: string, database: string, value: number | undefined, limit: number, unit: string, atMost = true) =>
    checks.push({
      target,
      database,
      measured: value === undefined ? 'not measured' : `${value}${unit}`,
      isMet: value === undefined ? null : atMost ? value <= limit : value >= limit,
    });
  for (const database of ['sqlite', 'postgres'] as const) {
    const province = runs.find((run) => run.database === database && run.scale === 1);
    if (!province) continue;
    add('dashboard summary p95 ≤ 50 ms', database, find(province, 'dashboard.summary')?.latencyMs.p95, 50, ' ms');
    add('item list p95 ≤ 30 ms', database, find(province, 'items.list')?.latencyMs.p95, 30, ' ms');
    for (const key of ['items.list', 'items.list100']) {
      const share = province.ceiling.find((ceiling) => ceiling.key === key)?.share;
      add(
        `${key === 'items.list' ? 'item list (50)' : 'item list (100)'} ≥ 50% of the driver ceiling`,
        database,
        share === undefined ? undefined : Math.round(share * 100),
        50,
        '%',
        false,
      );
    }
    add('submit p95 ≤ 50 ms', database, find(province, 'reports.submit')?.latencyMs.p95, 50, ' ms');
    add('xlsx import ≥ 5,000 rows/s', database, province.io?.importRowsPerSecond, 5000, ' rows/s', false);
    const largest = runs.filter((run) => run.database === database).sort((a, b) => b.scale - a.scale)[0];
    if (largest && largest.scale > 1) {
      for (const key of ['items.list', 'items.page']) {
        const ratio = growth(province, largest, key);
        add(`${key} p50 roughly flat 1→${largest.scale} (≤ 2×)`, database, ratio, 2, '×');
      }
      const itemsRatio = Math.round((largest.cityItems / province.cityItems) * 10) / 10;
      add(
        `dashboard p50 at most linear 1→${largest.scale} (≤ ${itemsRatio}× items)`,
        database,
        growth(province, largest, 'dashboard.summary'),
        itemsRatio,
        '×',
      );
    }
  }
  if ('firstPageJsGzipBytes' in web) {
    add('first page ≤ 300 KB JS gzipped', 'web', Math.round(web.firstPageJsGzipBytes / 1024), 300, ' KB');
    add('home dashboard drawn ≤ 1 s', 'web', web.dashboardDrawnMs, 1000, ' ms');
  }
  if ('pages' in browser) checks.push(...checkBrowserTargets(browser));
  return checks;
}

/** Issue #18's targets, at city scale with the network throttled. */
export const BROWSER_TARGETS = { extranetColdMs: 2000, extranetWarmMs: 1000, phoneWarmMs: 2000, apiWireKB: 100 };

/** The largest API answer of a page over every visit in every profile (the same answers, so nearly the same size). */
export function largestApiOf(browser: BrowserResult, page: string) {
  const visits = browser.pages.filter((result) => result.page === page).flatMap((result) => [result.cold, result.warm]);
  return visits
    .map((visit) => visit.largestApi)
    .reduce((largest, answer) => (answer && (!largest || answer.wireBytes > largest.wireBytes) ? answer : largest), null);
}

function checkBrowserTargets(browser: BrowserResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (target: string, value: number | undefined, limit: number, unit: string) =>
    checks.push({
      target,
      database: 'browser',
      measured: value === undefined ? 'not measured' : `${value}${unit}`,
      isMet: value === undefined ? null : value <= limit,
    });
  const keys = [...new Set(browser.pages.map((result) => result.page))];
  for (const key of keys) {
    const of = (profile: string) => browser.pages.find((result) => result.page === key && result.profile === profile);
    const label = of('extranet')?.label ?? key;
    add(`${label}: visible ≤ 2.0 s cold at 10 Mbps / 40 ms`, of('extranet')?.coldMs, BROWSER_TARGETS.extranetColdMs, ' ms');
    add(`${label}: visible ≤ 1.0 s warm at 10 Mbps / 40 ms`, of('extranet')?.warmMs, BROWSER_TARGETS.extranetWarmMs, ' ms');
    add(`${label}: visible ≤ 2.0 s warm on the phone`, of('phone')?.warmMs, BROWSER_TARGETS.phoneWarmMs, ' ms');
    const largest = largestApiOf(browser, key);
    add(`${label}: every API answer ≤ 100 KB on the wire`, largest ? Math.round(largest.wireBytes / 102.4) / 10 : undefined, BROWSER_TARGETS.apiWireKB, ' KB');
  }
  return checks;
}

function growth(small: RunResult, large: RunResult, key: string): number | undefined {
  const a = find(small, key)?.latencyMs.p50;
  const b = find(large, key)?.latencyMs.p50;
  return a && b ? Math.round((b / a) * 10) / 10 : undefined;
}
