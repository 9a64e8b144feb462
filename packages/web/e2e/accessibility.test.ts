import { describe, expect, it } from 'vitest';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

// axe on every page of every role, desktop and phone: every-page.test.ts.
describe('accessibility', () => {
  const env = useServerAndBrowser();

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
