import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { BenchPage, NetworkProfile } from './browser-pages.js';
import { LOADING_SELECTOR, PROFILES } from './browser-pages.js';
// The browser tests' Chromium (Debian's, headless, nothing phoning home): the bench measures the same one.
import { launchBrowser } from '../../packages/web/e2e/support/chromium.js';
import { signedInContext } from './browser-session.js';
import type { WireEntry, WireRecorder } from './browser-wire.js';
import { recordWire, throttle } from './browser-wire.js';
import { median } from './median.js';

/** One API answer of a visit. */
export interface ApiAnswer {
  path: string;
  status: number;
  /** Bytes received, headers included, compressed as sent. */
  wireBytes: number;
  /** The JSON once decoded. */
  bytes: number;
  /** From its request to its last byte, and when that was (from the document's request). */
  ms: number;
  endMs: number;
}

/** One visit of a page: when its content was visible and what crossed the network for it. */
export interface VisitSummary {
  contentVisibleMs: number;
  /**
   * Of that, what the page's main thread was busy (Chromium's TaskDuration) and ran scripts
   * (ScriptDuration): the rest was waiting for the network. Up to the moment the bench saw the content.
   */
  busyMs: number;
  scriptMs: number;
  requests: number;
  wireBytes: number;
  wireBytesByKind: { document: number; scripts: number; styles: number; api: number; other: number };
  /** When the last script or style sheet had arrived (none fetched on a warm visit: null). */
  codeDoneMs: number | null;
  largestApi: ApiAnswer | null;
  api: ApiAnswer[];
}

export interface BrowserPageResult {
  page: string;
  label: string;
  path: string;
  profile: NetworkProfile['key'];
  /** Median over the trials, each in a new browser context (an empty cache). */
  coldMs: number;
  coldTrialsMs: number[];
  /** Median over the trials, each the second visit in the cold visit's context. */
  warmMs: number;
  warmTrialsMs: number[];
  /** The median trial's visit (bytes barely differ between trials). */
  cold: VisitSummary;
  warm: VisitSummary;
}

/** Until the page's content is visible; a page still loading after this has failed. */
const VISIBLE_TIMEOUT_MS = 60_000;
/** After the content is visible, the visit's bytes count until the network has been quiet this long. */
const QUIET_MS = 500;
const SETTLE_TIMEOUT_MS = 10_000;

/**
 * Runs in the page from its first script on and notes, each frame, the first moment its content is
 * visible (window.__contentVisibleAt, milliseconds from the start of the navigation).
 */
function contentProbe(page: BenchPage): string {
  return `(() => {
    const content = ${JSON.stringify(page.content)};
    const shown = (selector) => Array.from(document.querySelectorAll(selector)).some((element) => element.getClientRects().length > 0);
    const check = () => {
      const main = document.getElementById('main-content');
      if (main && content.every(shown) && main.querySelector(${JSON.stringify(LOADING_SELECTOR)}) === null) window.__contentVisibleAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

const PAGE_STATE = `JSON.stringify({ path: location.pathname, main: document.getElementById('main-content') !== null,
  loading: document.querySelectorAll(${JSON.stringify(LOADING_SELECTOR)}).length, h1: document.querySelector('h1')?.textContent ?? null })`;

interface Tab {
  context: BrowserContext;
  page: Page;
  session: CDPSession;
  wire: WireRecorder;
}

/** A new signed-in context with the profile's screen and throttled network, probing for `page`'s content. */
async function openTab(browser: Browser, baseUrl: string, username: string, profile: NetworkProfile, page: BenchPage): Promise<Tab> {
  const context = await signedInContext(browser, baseUrl, username, {
    viewport: profile.viewport,
    isMobile: profile.isMobile,
    hasTouch: profile.isMobile,
    deviceScaleFactor: 1,
  });
  await context.addInitScript({ content: contentProbe(page) });
  const tab = await context.newPage();
  const session = await context.newCDPSession(tab);
  await throttle(session, profile);
  await session.send('Performance.enable');
  return { context, page: tab, session, wire: recordWire(session) };
}

function kindOf(entry: WireEntry): keyof VisitSummary['wireBytesByKind'] {
  if (new URL(entry.url).pathname.startsWith('/api/')) return 'api';
  if (entry.type === 'Document') return 'document';
  if (entry.type === 'Script') return 'scripts';
  if (entry.type === 'Stylesheet') return 'styles';
  return 'other';
}

/** Chromium's totals of the page's main-thread work so far, in milliseconds (they start again with each document). */
async function mainThreadTotals(session: CDPSession): Promise<{ busy: number; script: number }> {
  const { metrics } = await session.send('Performance.getMetrics');
  const total = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { busy: total('TaskDuration'), script: total('ScriptDuration') };
}

function summarise(contentVisibleMs: number, work: { busy: number; script: number }, entries: WireEntry[]): VisitSummary {
  const wireBytesByKind = { document: 0, scripts: 0, styles: 0, api: 0, other: 0 };
  for (const entry of entries) wireBytesByKind[kindOf(entry)] += entry.wireBytes;
  const api = entries
    .filter((entry) => kindOf(entry) === 'api')
    .map((entry) => {
      const url = new URL(entry.url);
      return {
        path: url.pathname + url.search,
        status: entry.status,
        wireBytes: entry.wireBytes,
        bytes: entry.bytes,
        ms: entry.endMs - entry.startMs,
        endMs: entry.endMs,
      };
    });
  const code = entries.filter((entry) => (entry.type === 'Script' || entry.type === 'Stylesheet') && !entry.isFromCache);
  return {
    contentVisibleMs,
    busyMs: Math.round(work.busy),
    scriptMs: Math.round(work.script),
    requests: entries.length,
    wireBytes: entries.reduce((sum, entry) => sum + entry.wireBytes, 0),
    wireBytesByKind,
    codeDoneMs: code.length > 0 ? Math.max(...code.map((entry) => entry.endMs)) : null,
    largestApi: api.reduce<ApiAnswer | null>((largest, answer) => (largest && largest.wireBytes >= answer.wireBytes ? largest : answer), null),
    api,
  };
}

/** Navigates the tab to the page and times it until its content is visible, then lets the network settle. */
async function visit(tab: Tab, page: BenchPage): Promise<VisitSummary> {
  tab.wire.reset();
  await tab.page.goto(page.path, { waitUntil: 'commit' });
  const visible = await tab.page
    .waitForFunction('window.__contentVisibleAt', undefined, { timeout: VISIBLE_TIMEOUT_MS, polling: 50 })
    .catch(async (error: Error) => {
      throw new Error(`${page.path}: ${error.message.split('\n')[0]} — the page then: ${await tab.page.evaluate<string>(PAGE_STATE)}`);
    });
  const contentVisibleMs = Math.round(Number(await visible.jsonValue()));
  const work = await mainThreadTotals(tab.session);
  await tab.wire.settled(QUIET_MS, SETTLE_TIMEOUT_MS);
  return summarise(contentVisibleMs, work, tab.wire.entries());
}

function medianVisit(visits: VisitSummary[]): VisitSummary {
  const middle = median(visits.map((one) => one.contentVisibleMs));
  return visits.find((one) => one.contentVisibleMs === middle)!;
}

/**
 * Every page in every profile: per trial a new signed-in context (nothing cached) visits the page
 * twice, cold then warm. Trials go round all the pages before repeating, so a busy minute on the
 * shared machine does not fall on one page alone.
 */
export async function measurePages(
  baseUrl: string,
  username: string,
  pages: BenchPage[],
  trials: number,
  log: (line: string) => void,
): Promise<BrowserPageResult[]> {
  const browser = await launchBrowser();
  try {
    const results: BrowserPageResult[] = [];
    for (const profile of PROFILES) {
      const visits = new Map(pages.map((page) => [page.key, { cold: [] as VisitSummary[], warm: [] as VisitSummary[] }]));
      for (let trial = 1; trial <= trials; trial++) {
        log(`  ${profile.key}, trial ${trial} of ${trials}`);
        for (const page of pages) {
          const tab = await openTab(browser, baseUrl, username, profile, page);
          try {
            visits.get(page.key)!.cold.push(await visit(tab, page));
            visits.get(page.key)!.warm.push(await visit(tab, page));
          } finally {
            await tab.context.close();
          }
        }
      }
      for (const page of pages) {
        const { cold, warm } = visits.get(page.key)!;
        results.push({
          page: page.key,
          label: page.label,
          path: page.path,
          profile: profile.key,
          coldMs: median(cold.map((one) => one.contentVisibleMs)),
          coldTrialsMs: cold.map((one) => one.contentVisibleMs),
          warmMs: median(warm.map((one) => one.contentVisibleMs)),
          warmTrialsMs: warm.map((one) => one.contentVisibleMs),
          cold: medianVisit(cold),
          warm: medianVisit(warm),
        });
      }
    }
    return results;
  } finally {
    await browser.close();
  }
}
