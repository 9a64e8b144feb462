import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_PASSWORD } from './api.js';
import type { BrowserPageResult } from './browser-metrics.js';
import { measurePages } from './browser-metrics.js';
import type { NetworkProfile } from './browser-pages.js';
import { benchPages, PROFILES } from './browser-pages.js';
import type { MachineInfo } from './machine.js';
import { describeMachine } from './machine.js';
import type { BenchOptions } from './options.js';
import { generateData, startServer } from './processes.js';
import { prepareSessions } from './scenarios.js';
import { WEB_DIST } from './web-metrics.js';

/** The browser part's own record: it can run alone, at another time than the rest of the bench. */
export interface BrowserResult {
  startedAt: string;
  durationSeconds: number;
  machine: MachineInfo;
  /** The one city the pages show (`plantrack generate --cities 1 --scale <scale>`, on SQLite). */
  data: { scale: number; items: number; reports: number; generateSeconds: number };
  username: string;
  trials: number;
  profiles: readonly NetworkProfile[];
  pages: BrowserPageResult[];
}

const USERNAME = 'gen01_hq';

/**
 * Generates one city at `options.browserScale` into a temporary folder, serves the production build on
 * it and times the hq's everyday pages in throttled Chromium (see measurePages).
 */
export async function runBrowser(options: BenchOptions, log: (line: string) => void): Promise<BrowserResult | { skipped: string }> {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) return { skipped: 'packages/web/dist does not exist (npm run build builds it)' };
  const started = Date.now();
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'plantrack-bench-browser-'));
  try {
    log(`browser: generating 1 city at scale ${options.browserScale}…`);
    const summary = await generateData({ dataDir }, 1, options.browserScale, BENCH_PASSWORD);
    const server = await startServer({ dataDir });
    try {
      const { itemId } = await prepareSessions(server.baseUrl);
      const pages = await measurePages(server.baseUrl, USERNAME, benchPages(itemId), options.trials, log);
      return {
        startedAt,
        durationSeconds: Math.round((Date.now() - started) / 1000),
        machine: { ...machine, loadAverageAtEnd: describeMachine().loadAverage },
        data: { scale: options.browserScale, items: summary.rows.items!, reports: summary.rows.progressReports!, generateSeconds: summary.seconds },
        username: USERNAME,
        trials: options.trials,
        profiles: PROFILES,
        pages,
      };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
