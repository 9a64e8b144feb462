import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import { launchBrowser, openSession, settle, signInQuickly } from './support/browser.js';
import { startTestServer } from './support/test-server.js';
import type { TestServer } from './support/test-server.js';

describe('accessibility', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the login page has no serious or critical axe violation', async () => {
    const { page, context } = await openSession(browser, server.baseUrl);
    await page.goto('/login');
    await settle(page);
    expect(await findSeriousAccessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('the main pages have no serious or critical axe violation, in Chinese and on a phone', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { page, context } = await openSession(browser, server.baseUrl, { viewport });
      await signInQuickly(context, 'hq');
      const { indicators } = (await (await context.request.get('/api/indicators?pageSize=1')).json()) as { indicators: { id: number }[] };
      for (const path of [
        '/dashboard',
        '/ledgers',
        '/ledgers?ledger=key_indicators',
        '/items/1',
        '/indicators',
        `/indicators/${indicators[0]!.id}`,
        '/review',
        '/roadmap',
      ]) {
        await page.goto(path);
        await settle(page);
        const problems = await findSeriousAccessibilityProblems(page);
        expect({ path, viewport: viewport.width, problems }).toEqual({ path, viewport: viewport.width, problems: [] });
      }
      await context.close();
    }
  });

  it('keyboard users can skip to the content and reach the menu', async () => {
    const { page, context } = await openSession(browser, server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/ledgers');
    await settle(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到主要内容' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await context.close();
  });
});
