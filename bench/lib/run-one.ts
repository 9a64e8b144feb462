import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseTarget } from '../../packages/server/src/db/database.js';
import { BENCH_PASSWORD, login } from './api.js';
import { captureQueries, replayQueries } from './ceiling.js';
import { measureIo } from './io-measures.js';
import { median } from './median.js';
import { runLoad } from './load.js';
import type { BenchOptions } from './options.js';
import { createBenchDatabase } from './postgres.js';
import { generateData, startServer } from './processes.js';
import type { CeilingResult, RunResult } from './results.js';
import type { ReadScenario } from './scenarios.js';
import { prepareSessions, readJob, readScenarios, submitJob } from './scenarios.js';
import type { LoadResult } from './load-types.js';
import type { WebResult } from './web-metrics.js';

const CEILING_SCENARIOS = ['items.list', 'items.list100', 'dashboard.summary'];
const CEILING_SECONDS = 3;
const IMPORT_ROWS = 5000;

export interface RunRequest {
  database: 'sqlite' | 'postgres';
  scale: number;
  /** Everything (reads, submit, ceiling, Excel and Word); otherwise the reads that show how cost grows. */
  isFull: boolean;
  web?: (baseUrl: string) => Promise<WebResult | { skipped: string }>;
}

/** One database at one scale: generate, serve the build, load it, measure the ceiling, then the files. */
export async function runOne(
  request: RunRequest,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<{ run: RunResult; web?: WebResult | { skipped: string } }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'plantrack-bench-'));
  const pg = request.database === 'postgres' ? await createBenchDatabase(options.pgUrl, `plantrack_bench_${request.scale}`) : null;
  const env = { dataDir, databaseUrl: pg?.url };
  const target: DatabaseTarget = pg ? { kind: 'postgres', url: pg.url } : { kind: 'sqlite', file: path.join(dataDir, 'plantrack.sqlite') };
  const cities = options.citiesAt(request.scale);
  try {
    log(`  generating ${cities} cities at scale ${request.scale}…`);
    const summary = await generateData(env, cities, request.scale, BENCH_PASSWORD);
    const server = await startServer(env);
    const run: RunResult = {
      database: request.database,
      scale: request.scale,
      cities,
      cityItems: Math.round(summary.rows.items! / cities),
      cityReports: Math.round(summary.rows.progressReports! / cities),
      generateSeconds: summary.seconds,
      http: [],
      ceiling: [],
      io: null,
      notes: [],
    };
    let web: WebResult | { skipped: string } | undefined;
    try {
      const sessions = await prepareSessions(server.baseUrl);
      const scenarios = readScenarios(sessions).filter((scenario) => request.isFull || scenario.isCore);
      const labels = new Map(scenarios.map((scenario) => [scenario.key, scenario.label]));
      const label = (result: LoadResult) => ({ ...result, label: labels.get(result.name) ?? 'report submit (write)' });
      log(
        `  ceiling: the same queries on the bare driver, each right after its HTTP run${request.isFull && options.trials > 1 ? ` (${options.trials} trials)` : ''}…`,
      );
      const ceiling = await measureCeiling(target, dataDir, scenarios, options, request.isFull ? options.trials : 1);
      run.http.push(...ceiling.http.map(label));
      run.ceiling = ceiling.results;
      const jobs = scenarios
        .filter((scenario) => !CEILING_SCENARIOS.includes(scenario.key))
        .map((scenario) => readJob(scenario, options.connections, options.seconds));
      if (request.isFull) jobs.push(await submitJob(server.baseUrl, 45, options.connections, 2000));
      log(`  load: ${jobs.map((job) => job.name).join(', ')}`);
      run.http.push(...(await runLoad(jobs)).map(label));
      if (request.web) web = await request.web(server.baseUrl);
      if (request.isFull) {
        log('  files: ledger export, bulletin, xlsx import…');
        const importer = await login(server.baseUrl, `gen${String(cities).padStart(2, '0')}_hq`);
        run.io = await measureIo(importer, sessions.hq, IMPORT_ROWS).catch((error: Error) => {
          run.notes.push(`files not measured: ${error.message}`);
          return null;
        });
      }
    } finally {
      await server.stop();
    }
    return { run, web };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await pg?.drop();
  }
}

/**
 * For each scenario with a ceiling: its HTTP run, then (at once, so the machine is as busy as it was)
 * the same queries on the bare driver for a few seconds. At province scale this is done `trials` times,
 * scenarios interleaved, and the median trial of each figure is kept (every trial stays in the
 * results): on a shared 2-core machine one 5-second run moves 15–30 % from one minute to the next.
 */
async function measureCeiling(target: DatabaseTarget, dataDir: string, scenarios: ReadScenario[], options: BenchOptions, trials: number) {
  const chosen = scenarios.filter((scenario) => CEILING_SCENARIOS.includes(scenario.key));
  const captured = await captureQueries(
    target,
    dataDir,
    'gen01_hq',
    chosen.map((scenario) => scenario.path),
  );
  const runs = new Map<string, { http: LoadResult; ceiling: CeilingResult }[]>();
  for (let trial = 0; trial < trials; trial++) {
    for (const scenario of chosen) {
      const [result] = await runLoad([readJob(scenario, options.connections, options.seconds)]);
      const queries = captured.get(scenario.path) ?? [];
      const ceilingRps = await replayQueries(target, queries, CEILING_SECONDS, options.connections);
      const ceiling = {
        key: scenario.key,
        queries: queries.length,
        ceilingRps: Math.round(ceilingRps),
        httpRps: result!.rps,
        share: Math.round((result!.rps / ceilingRps) * 100) / 100,
      };
      runs.set(scenario.key, [...(runs.get(scenario.key) ?? []), { http: result!, ceiling }]);
    }
  }
  const http = [...runs.values()].map((trialsOf) => medianLoad(trialsOf.map((one) => one.http)));
  const results = [...runs.values()].map((trialsOf) => medianCeiling(trialsOf.map((one) => one.ceiling)));
  return { http, results };
}

/** Each figure's median over the trials (an odd number, so every figure is one that was measured). */
function medianLoad(trials: LoadResult[]): LoadResult {
  if (trials.length === 1) return trials[0]!;
  const of = (pick: (result: LoadResult) => number) => median(trials.map(pick));
  return {
    ...trials[0]!,
    requests: of((r) => r.requests),
    rps: of((r) => r.rps),
    latencyMs: { p50: of((r) => r.latencyMs.p50), p95: of((r) => r.latencyMs.p95), p99: of((r) => r.latencyMs.p99), max: of((r) => r.latencyMs.max) },
    non2xx: trials.reduce((sum, r) => sum + r.non2xx, 0),
    errors: trials.reduce((sum, r) => sum + r.errors, 0),
    trials: trials.map(({ trials: _nested, ...trial }) => trial),
  };
}

function medianCeiling(trials: CeilingResult[]): CeilingResult {
  if (trials.length === 1) return trials[0]!;
  const byShare = [...trials].sort((a, b) => a.share - b.share);
  return { ...byShare[Math.floor(byShare.length / 2)]!, trials };
}
