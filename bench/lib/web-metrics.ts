import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
// The browser tests' Chromium (Debian's, headless, nothing phoning home): the bench measures the same one.
import { launchBrowser } from '../../packages/web/e2e/support/chromium.js';
import { signedInContext } from './browser-session.js';
import { median } from './median.js';
import { ROOT } from './processes.js';

export const WEB_DIST = path.join(ROOT, 'packages/web/dist');
/** In the page (a string: the bench is not compiled against the DOM): the dashboard is on screen, nothing loads. */
const DRAWN = `location.pathname.startsWith('/dashboard')
  && document.querySelector('#root h1, #root h2, #root h3') !== null
  && document.querySelector('.ant-spin-spinning, .ant-skeleton-active') === null
  && performance.now()`;
const PAGE_STATE = `JSON.stringify({ path: location.pathname, headings: document.querySelectorAll('#root h1, #root h2, #root h3').length,
  loading: document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length })`;
const SCRIPT_BYTES_TRANSFERRED = `performance.getEntriesByType('resource')
  .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
  .reduce((sum, entry) => sum + entry.transferSize, 0)`;

export interface WebResult {
  /** Every script the home page loaded, gzipped as the build writes it (level 9). */
  firstPageJsGzipBytes: number;
  /** What actually crossed the wire for those scripts (brotli when the browser asks for it). */
  firstPageJsTransferredBytes: number;
  scripts: number;
  /** From the start of navigation to `/` (already logged in, nothing cached) until the dashboard is drawn: the median of the trials. */
  dashboardDrawnMs: number;
  /** Every trial, each in a fresh browser context (an empty cache). */
  dashboardDrawnTrialsMs: number[];
  /** The same on a second visit, the scripts in the browser's cache. */
  dashboardDrawnCachedMs: number;
}

/** Cold page loads timed; one load on a shared 2-core machine moved 770–1,040 ms between runs of one day. */
const COLD_TRIALS = 3;

function gzipSizeOf(urlPath: string): number {
  const file = path.join(WEB_DIST, decodeURIComponent(urlPath));
  if (!existsSync(file)) return 0;
  return existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`).length : gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Milliseconds from the start of navigation to `/` until the home dashboard is drawn. */
async function timeDashboard(page: Page, baseUrl: string): Promise<number> {
  await page.goto(`${baseUrl}/`);
  const drawn = await page.waitForFunction(DRAWN, undefined, { timeout: 30_000, polling: 20 }).catch(async (error: Error) => {
    throw new Error(`${error.message.split('\n')[0]} — the page then: ${await page.evaluate<string>(PAGE_STATE)}`);
  });
  return Math.round(Number(await drawn.jsonValue()));
}

/** A signed-in page in a fresh context (nothing cached), with the size of every script it loads. */
async function signedInPage(browser: Browser, baseUrl: string, username: string) {
  const context = await signedInContext(browser, baseUrl, username);
  const page = await context.newPage();
  const scripts = new Map<string, number>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.set(new URL(response.url()).pathname, Number(response.headers()['content-length'] ?? 0));
  });
  return { context, page, scripts };
}

/**
 * Logs in as `username`, then opens `/` in headless Chromium and times the home dashboard: cold, in
 * COLD_TRIALS fresh contexts (the median is reported), then once more with the scripts cached.
 */
export async function measureWeb(baseUrl: string, username: string): Promise<WebResult> {
  const browser = await launchBrowser();
  try {
    const trials: number[] = [];
    let last: Awaited<ReturnType<typeof signedInPage>> | null = null;
    let transferred = 0;
    for (let trial = 0; trial < COLD_TRIALS; trial++) {
      await last?.context.close();
      last = await signedInPage(browser, baseUrl, username);
      trials.push(await timeDashboard(last.page, baseUrl));
      transferred = await last.page.evaluate<number>(SCRIPT_BYTES_TRANSFERRED);
    }
    const { page, scripts } = last!;
    const paths = [...scripts.keys()];
    const drawnCachedMs = await timeDashboard(page, baseUrl);
    return {
      firstPageJsGzipBytes: paths.reduce((sum, urlPath) => sum + gzipSizeOf(urlPath), 0),
      firstPageJsTransferredBytes: transferred || [...scripts.values()].reduce((sum, size) => sum + size, 0),
      scripts: paths.length,
      dashboardDrawnMs: median(trials),
      dashboardDrawnTrialsMs: trials,
      dashboardDrawnCachedMs: drawnCachedMs,
    };
  } finally {
    await browser.close();
  }
}
