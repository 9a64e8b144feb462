import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeMachine } from './lib/machine.js';
import { readOptions } from './lib/options.js';
import { findPostgres } from './lib/postgres.js';
import { ROOT } from './lib/processes.js';
import { formatTable } from './lib/report-table.js';
import type { BenchResults, RunResult } from './lib/results.js';
import { checkTargets } from './lib/results.js';
import { writeResults } from './lib/results-file.js';
import type { BrowserResult } from './lib/run-browser.js';
import { runBrowser } from './lib/run-browser.js';
import { runOne } from './lib/run-one.js';
import type { WebResult } from './lib/web-metrics.js';
import { measureWeb, WEB_DIST } from './lib/web-metrics.js';

/**
 * `npm run bench` (after `npm run build`), in two parts. `server`: for each scale (1, 4, 16) and
 * database (SQLite, then PostgreSQL when one answers), generate the data, serve the production build,
 * put it under load from a separate process, compare with the same queries on the bare driver, time
 * the Excel and Word files, and once time the web app's home page in headless Chromium. `browser`: one
 * city at scale 16, its hq's everyday pages timed in Chromium with the network throttled as users
 * have it. `npm run bench -- --only browser` runs one part. Results: bench/results/<date>.json.
 */
const options = readOptions();
const started = Date.now();
const startedAt = new Date().toISOString();
const machine = describeMachine();
const notes: string[] = [];
const log = (line: string) => console.log(`[${Math.round((Date.now() - started) / 1000)}s] ${line}`);

const runsServer = options.parts.includes('server');
const postgres = runsServer && options.databases.includes('postgres') ? await findPostgres(options.pgUrl) : { reason: 'not asked for (BENCH_DATABASES)' };
if (runsServer && 'reason' in postgres) notes.push(`PostgreSQL skipped: ${postgres.reason}`);
const databases = runsServer ? options.databases.filter((database) => database === 'sqlite' || 'url' in postgres) : [];
const hasWebBuild = existsSync(path.join(WEB_DIST, 'index.html'));
if (!hasWebBuild) notes.push('web metrics skipped: packages/web/dist does not exist (npm run build builds it)');

const runs: RunResult[] = [];
let web: WebResult | { skipped: string } = { skipped: hasWebBuild ? 'not measured' : 'packages/web/dist does not exist' };
const smallest = Math.min(...options.scales);
for (const scale of runsServer ? options.scales : []) {
  for (const database of databases) {
    const elapsed = (Date.now() - started) / 1000;
    if (elapsed > options.budgetSeconds) {
      notes.push(`${database} at scale ${scale} skipped: ${Math.round(elapsed)} s used of the ${options.budgetSeconds} s budget`);
      continue;
    }
    log(`${database}, scale ${scale}`);
    const measuresWeb = hasWebBuild && database === databases[0] && scale === smallest;
    try {
      const outcome = await runOne(
        {
          database,
          scale,
          isFull: scale === smallest,
          ...(measuresWeb ? { web: (baseUrl: string) => measureWeb(baseUrl, 'gen01_hq').catch((error: Error) => ({ skipped: error.message })) } : {}),
        },
        options,
        log,
      );
      runs.push(outcome.run);
      if (outcome.web) web = outcome.web;
    } catch (error) {
      notes.push(`${database} at scale ${scale} failed: ${(error as Error).message}`);
      log(`  failed: ${(error as Error).message}`);
    }
  }
}

let browser: BrowserResult | { skipped: string } = { skipped: 'not asked for (--only server)' };
if (options.parts.includes('browser')) {
  browser = await runBrowser(options, log).catch((error: Error) => ({ skipped: error.message }));
  if ('skipped' in browser) notes.push(`browser pages not measured: ${browser.skipped}`);
}

const date = startedAt.slice(0, 10);
const measured: BenchResults = {
  date,
  startedAt,
  durationSeconds: Math.round((Date.now() - started) / 1000),
  machine: { ...machine, loadAverageAtEnd: describeMachine().loadAverage },
  settings: { seconds: options.seconds, connections: options.connections, trials: options.trials, scales: options.scales, databases },
  runs,
  web,
  browser,
  targets: checkTargets(runs, web, browser),
  notes,
};
const { file, results } = writeResults(measured, options.parts);
console.log(`\n${formatTable(results)}`);
for (const note of notes) console.log(`note: ${note}`);
console.log(`\nresults: ${path.relative(ROOT, file)} (${results.durationSeconds} s)`);
