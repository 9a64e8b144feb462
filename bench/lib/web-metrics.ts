import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BENCH_PASSWORD } from './api.js';
import { ROOT } from './processes.js';

export const WEB_DIST = path.join(ROOT, 'packages/web/dist');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
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
  /** From the start of navigation to `/` (already logged in, nothing cached) until the dashboard is drawn. */
  dashboardDrawnMs: number;
  /** The same on a second visit, the scripts in the browser's cache. */
  dashboardDrawnCachedMs: number;
}

function gzipSizeOf(urlPath: string): number {
  const file = path.join(WEB_DIST, decodeURIComponent(urlPath));
  if (!existsSync(file)) return 0;
  return existsSync(`${file}.gz`) ? readFileSync(`${file}.gz`).length : gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Logs in as `username`, then opens `/` in headless Chromium and times the home dashboard. */
export async function measureWeb(baseUrl: string, username: string): Promise<WebResult> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    // bypassCSP: the app's policy forbids eval, and the bench's own checks run as evaluated strings.
    const context = await browser.newContext({ locale: 'zh-CN', bypassCSP: true });
    const login = await context.request.post(`${baseUrl}/api/auth/login`, { data: { username, password: BENCH_PASSWORD } });
    if (!login.ok()) throw new Error(`login for the browser: ${login.status()}`);
    const page = await context.newPage();
    const scripts = new Map<string, number>();
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      const size = Number(response.headers()['content-length'] ?? 0);
      scripts.set(new URL(response.url()).pathname, size);
    });
    const timeDashboard = async () => {
      await page.goto(`${baseUrl}/`);
      const drawn = await page.waitForFunction(DRAWN, undefined, { timeout: 30_000, polling: 20 }).catch(async (error: Error) => {
        throw new Error(`${error.message.split('\n')[0]} — the page then: ${await page.evaluate<string>(PAGE_STATE)}`);
      });
      return Math.round(Number(await drawn.jsonValue()));
    };
    const drawnMs = await timeDashboard();
    const transferred = await page.evaluate<number>(SCRIPT_BYTES_TRANSFERRED);
    const paths = [...scripts.keys()];
    const drawnCachedMs = await timeDashboard();
    return {
      firstPageJsGzipBytes: paths.reduce((sum, urlPath) => sum + gzipSizeOf(urlPath), 0),
      firstPageJsTransferredBytes: transferred || [...scripts.values()].reduce((sum, size) => sum + size, 0),
      scripts: paths.length,
      dashboardDrawnMs: drawnMs,
      dashboardDrawnCachedMs: drawnCachedMs,
    };
  } finally {
    await browser.close();
  }
}
