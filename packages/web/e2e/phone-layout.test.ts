import { describe, expect, it } from 'vitest';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

/** On a 390 px phone no page of any role scrolls sideways: the page is as wide as the screen. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };

describe('every page on a phone', () => {
  const env = useServerAndBrowser();

  it.each([
    [
      'hq',
      [
        '/dashboard',
        '/ledgers',
        '/item',
        '/indicators',
        '/indicator',
        '/roadmap',
        '/imports',
        '/reporting/cycles',
        '/review',
        '/supervision',
        '/notifications',
        '/admin/departments',
        '/admin/settings',
      ],
    ],
    ['leader', ['/dashboard', '/portfolio', '/ledgers', '/item', '/indicators']],
    ['kjj_staff', ['/ledgers', '/reporting', '/item']],
    ['sysadmin', ['/admin/users']],
    ['auditor', ['/admin/audit']],
  ] as const)('%s: no page is wider than the screen', async (username, paths) => {
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const { items } = await office.request<{ items: { id: number }[] }>('GET', '/api/items?department=市科技局&pageSize=1');
    const { indicators } = await office.request<{ indicators: { id: number }[] }>('GET', '/api/indicators?pageSize=1');
    const { page, context } = await openSession(env.browser, env.server.baseUrl, PHONE);
    await signInQuickly(context, username);
    const overflowing: string[] = [];
    for (const path of paths) {
      const url = path === '/item' ? `/items/${items[0]!.id}` : path === '/indicator' ? `/indicators/${indicators[0]!.id}` : path;
      await page.goto(url);
      await settle(page);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
        // The header clips what does not fit, so its own parts are measured too (the user menu must show).
        // A section's title squeezed beside its note would wrap a character a line (推\n进\n状\n态).
        squeezed: [
          ...Array.from(document.querySelectorAll('.panel__title')).filter((element) => element.getBoundingClientRect().height > 32),
          ...Array.from(document.querySelectorAll('.page-header__main')).filter((element) => element.getBoundingClientRect().width < 200),
        ].map((element) => element.textContent ?? ''),
        header: Math.max(...Array.from(document.querySelectorAll('.app-header *')).map((element) => Math.ceil(element.getBoundingClientRect().right))),
      }));
      // A phone widens its layout viewport to fit what overflows (innerWidth grows), so the screen's own width is the bound.
      const widest = Math.max(widths.scroll, widths.inner, widths.header);
      if (widest > PHONE.viewport.width) overflowing.push(`${url}: ${widest} > ${PHONE.viewport.width}`);
      for (const title of widths.squeezed) overflowing.push(`${url}: squeezed “${title.slice(0, 20)}”`);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });
});
