import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

describe('accessibility', () => {
  const env = useServerAndBrowser();

  it('the login page has no serious or critical axe violation', async () => {
    const { page, context } = await openSession(env.browser, env.server.baseUrl);
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
      const { page, context } = await openSession(env.browser, env.server.baseUrl, { viewport });
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
        '/supervision',
        '/supervision?tab=extensions',
        '/admin/departments',
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

  it('the administration pages have no serious or critical axe violation, in Chinese and on a phone', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      for (const [username, paths] of [
        ['sysadmin', ['/admin/users']],
        ['secadmin', ['/admin/users', '/admin/security']],
      ] as const) {
        const { page, context } = await openSession(env.browser, env.server.baseUrl, { viewport });
        await signInQuickly(context, username);
        for (const path of paths) {
          await page.goto(path);
          await settle(page);
          const problems = await findSeriousAccessibilityProblems(page);
          expect({ path, username, viewport: viewport.width, problems }).toEqual({ path, username, viewport: viewport.width, problems: [] });
        }
        await context.close();
      }
    }
  });

  it('keyboard users can skip to the content and reach the menu', async () => {
    const { page, context } = await openSession(env.browser, env.server.baseUrl);
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
