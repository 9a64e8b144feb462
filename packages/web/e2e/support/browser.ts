import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFailed } from 'vitest';
import { DEMO_PASSWORD } from './paths.js';

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page: a test ends by expecting none. */
  pageErrors: string[];
  /** What the page wrote to the console as an error (React warnings, failed loads). */
  consoleErrors: string[];
}

export interface SessionOptions {
  viewport?: { width: number; height: number };
  isMobile?: boolean;
}

/** A fresh browser profile (no cookies, Chinese by default, as a new user's browser would be). */
export async function openSession(browser: Browser, baseUrl: string, options: SessionOptions = {}): Promise<BrowserSession> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: options.viewport ?? { width: 1440, height: 900 },
    isMobile: options.isMobile ?? false,
    hasTouch: options.isMobile ?? false,
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  // A failing test leaves a picture of what the browser showed.
  onTestFailed(async ({ task }) => {
    const directory = path.join(tmpdir(), 'plantrack-e2e-failures');
    mkdirSync(directory, { recursive: true });
    const file = path.join(directory, `${task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`screenshot of the failure: ${file}; page errors: ${pageErrors.join(' | ') || 'none'}`);
  });
  return { context, page, pageErrors, consoleErrors };
}

/** Signs in through the login form, as a person would, and waits for the role's home page. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Signs the browser in through the API (faster, for tests that are not about signing in). */
export async function signInQuickly(context: BrowserContext, username: string): Promise<void> {
  const response = await context.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
}

/** Waits until the page has its data (the app rendered its heading, no request in flight, no spinner). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(() => document.documentElement.lang !== '' && document.querySelector('h1') !== null, null, { timeout: 10_000 })
    .catch(() => undefined);
  await page
    .locator('.ant-spin-spinning, .page-loading')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

/**
 * Types a date (`YYYY-MM-DD`) into an Ant Design DatePicker and moves on with Tab, which keeps it, as a
 * keyboard user would (Enter would also submit the dialog's form).
 */
export async function fillDate(input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}
