import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { BENCH_PASSWORD } from './api.js';

/**
 * A fresh browser context (an empty cache) signed in as `username` through the API, as the login
 * form would leave it. bypassCSP: the app's policy forbids eval, and the bench's checks in the page
 * run as evaluated strings (the bench is not compiled against the DOM).
 */
export async function signedInContext(browser: Browser, baseUrl: string, username: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', bypassCSP: true, ...options });
  const login = await context.request.post('/api/auth/login', { data: { username, password: BENCH_PASSWORD } });
  if (!login.ok()) {
    await context.close();
    throw new Error(`login for the browser as ${username}: ${login.status()}`);
  }
  return context;
}
