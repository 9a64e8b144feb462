import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSession, settle, signIn, signInQuickly } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

/** ECharts leaves this name in its code; a script carrying it is the chart library. */
const ECHARTS_MARK = '_echarts_instance_';
const FIRST_PAGE_BUDGET_BYTES = 300 * 1024;

interface ScriptLoad {
  url: string;
  bytes: number;
  hasECharts: boolean;
}

/** Every script the page downloads from now on, with its size gzipped (the budget's measure; brotli on the wire is smaller). */
function recordScripts(page: Page): () => Promise<ScriptLoad[]> {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  return async () =>
    Promise.all(
      responses.map(async (response) => ({
        url: response.url(),
        bytes: gzipSync(await response.body(), { level: 9 }).length,
        hasECharts: (await response.text()).includes(ECHARTS_MARK),
      })),
    );
}

const total = (loads: ScriptLoad[]) => loads.reduce((sum, load) => sum + load.bytes, 0);

describe('the application shell', () => {
  const env = useServerAndBrowser();

  it('the login page and the shell load no chart library and stay within the first-page budget', async () => {
    const { page, context } = await openSession(env.browser, env.server.baseUrl);
    const loginScripts = recordScripts(page);
    await page.goto('/login');
    await settle(page);
    const atLogin = await loginScripts();
    expect(atLogin.some((load) => load.hasECharts)).toBe(false);
    expect(total(atLogin), `login page JS: ${total(atLogin)} bytes`).toBeLessThanOrEqual(FIRST_PAGE_BUDGET_BYTES);

    // A signed-in user's first page: the shell and the office's home.
    const { page: home, context: homeContext } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(homeContext, 'hq');
    const homeScripts = recordScripts(home);
    await home.goto('/');
    await settle(home);
    expect(new URL(home.url()).pathname).toBe('/dashboard');
    const atHome = await homeScripts();
    expect(atHome.some((load) => load.hasECharts)).toBe(false);
    expect(total(atHome), `home page JS: ${total(atHome)} bytes`).toBeLessThanOrEqual(FIRST_PAGE_BUDGET_BYTES);

    // The chart library arrives with the page that draws a chart, and only then.
    const laterScripts = recordScripts(home);
    const { indicators } = (await (await homeContext.request.get('/api/indicators?pageSize=1')).json()) as { indicators: { id: number }[] };
    await home.goto(`/indicators/${indicators[0]!.id}`);
    await settle(home);
    expect((await laterScripts()).some((load) => load.hasECharts)).toBe(true);
    await context.close();
    await homeContext.close();
  });

  it('serves the app with long-lived hashed assets, a fresh index and deep links, and keeps API 404s', async () => {
    const index = await fetch(`${env.server.baseUrl}/ledgers?ledger=pilots`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    expect(html).toContain('<div id="root">');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${env.server.baseUrl}${asset}`, { headers: { 'Accept-Encoding': 'br' } });
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-encoding')).toBe('br');

    const missingAsset = await fetch(`${env.server.baseUrl}/assets/does-not-exist.js`);
    expect(missingAsset.status).toBe(404);
    const unknownApi = await fetch(`${env.server.baseUrl}/api/does-not-exist`);
    expect(unknownApi.status).toBe(404);
    expect(((await unknownApi.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('the language switch turns the whole interface, formats and server messages into English', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signIn(page, 'hq');
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('总览');

    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Overview');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const menu = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Overview', 'Ledgers', 'Key indicators', 'Review', 'Supervision']));
    expect(await page.getByText('Sample data', { exact: true }).count()).toBe(1);

    // Quarters as English readers write them, on a page reached in English.
    await menu.getByRole('link', { name: 'Ledgers' }).click();
    await settle(page);
    await expect.poll(() => page.getByRole('columnheader', { name: 'Key task' }).count()).toBeGreaterThan(0);
    await page.locator('.ledger-table tbody tr[data-row-key^="item-"] a').first().click();
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { name: 'Quarterly advancement plan' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Edit the plan for 2023 Q2' }).count()).toBe(1);

    // The server's own messages follow (Accept-Language).
    await page.goto('/items/999999');
    await settle(page);
    await expect.poll(() => page.getByText('Not found, or not yours to see').count()).toBe(1);

    // The choice is remembered, and switching back restores Chinese.
    await page.goto('/dashboard');
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Overview');
    await page.getByText('中文', { exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('总览');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the office home shows the plan at a glance, and every count opens the items behind it', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/dashboard');
    await settle(page);
    await expect.poll(() => page.getByText('示例数据', { exact: true }).first().isVisible()).toBe(true);
    expect(await page.locator('.app-header__plan').textContent()).toContain('三年行动计划');
    const totals = page.getByRole('list', { name: /各状态事项数/ });
    await expect.poll(() => totals.getByRole('listitem').count()).toBe(7);
    // Status by area, department, leader and ledger, warnings and the ranking are all on the page.
    for (const region of ['推进状态', '红黄绿分布', '预警', '部门排名', '重点指标进展', '五本工作台账']) {
      expect(await page.getByRole('region', { name: region, exact: true }).count()).toBe(1);
    }
    await page.getByText('按部门', { exact: true }).click();
    await expect.poll(() => page.getByRole('columnheader', { name: '牵头部门' }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'home', { fullPage: true });

    // The summary brings only the first warnings; "全部预警 (N)" pages through all of them from the server.
    const warnings = page.getByRole('region', { name: '预警', exact: true });
    expect(await warnings.locator('.warning-list__item').count()).toBe(8);
    const more = warnings.getByRole('button', { name: /^全部预警（\d+）$/ });
    const total = Number(/\d+/.exec((await more.textContent()) ?? '')![0]);
    expect(total).toBeGreaterThan(20);
    await more.click();
    const drawer = page.locator('.all-warnings');
    const rows = drawer.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(20);
    const firstPage = await rows.allTextContents();
    await drawer.locator('.ant-pagination-item-2').click();
    await expect.poll(async () => (await rows.allTextContents())[0] !== firstPage[0]).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.isVisible()).toBe(false);

    // The "all items" card lists exactly that many items in the ledger page: a click anywhere on the
    // card (here its top left corner, not its number) opens them.
    const all = totals.getByRole('listitem').first();
    const count = Number(await all.locator('.status-totals__count').textContent());
    await all.click({ position: { x: 8, y: 8 } });
    await settle(page);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/ledgers');
    expect(url.searchParams.get('ledger')).toBe('all');
    await expect.poll(() => page.getByText(`共 ${count} 项`).count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the home page asks for the sign-in check and the summary once each, and its indicator and chain sections come with the summary', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search);
    });
    await page.goto('/?asOf=2024Q2');
    await settle(page);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    expect(asked.filter((path) => path === '/api/auth/session')).toHaveLength(1);
    expect(asked.filter((path) => path.startsWith('/api/dashboard/summary'))).toEqual(['/api/dashboard/summary?asOf=2024Q2']);
    expect(asked.filter((path) => path.startsWith('/api/indicators') || path.startsWith('/api/items'))).toEqual([]);
    const chain = page.getByRole('region', { name: '责任链落实情况', exact: true });
    await expect.poll(() => chain.getByRole('link').first().textContent()).toMatch(/^\d+$/);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a leader on a phone opens the menu, reaches the ledgers, and the page does not overflow sideways', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl, { viewport: { width: 390, height: 844 }, isMobile: true });
    await signIn(page, 'leader');
    await settle(page);
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
    await page.getByRole('button', { name: '打开导航菜单' }).click();
    const menu = page.getByRole('navigation', { name: '主导航' });
    await expect.poll(() => menu.getByRole('link').allTextContents()).toEqual(['总览', '我的分管', '工作台账', '重点指标', '施工路线图']);
    await menu.getByRole('link', { name: '工作台账' }).click();
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('工作台账');
    // A phone widens its layout viewport to fit what overflows, so the page is measured against the screen (390 px).
    expect(await page.evaluate(() => Math.max(document.documentElement.scrollWidth, window.innerWidth))).toBeLessThanOrEqual(390);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('on a phone, all the warnings open full width without the page overflowing sideways', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl, { viewport: { width: 390, height: 844 }, isMobile: true });
    await signInQuickly(context, 'hq');
    await page.goto('/dashboard');
    await settle(page);
    await page.getByRole('button', { name: /^全部预警（\d+）$/ }).click();
    await expect.poll(() => page.locator('.all-warnings tbody tr.ant-table-row').count()).toBe(20);
    expect(await page.evaluate(() => Math.max(document.documentElement.scrollWidth, window.innerWidth))).toBeLessThanOrEqual(390);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('signing out returns to the login page and closes the session', async () => {
    const { page, context } = await openSession(env.browser, env.server.baseUrl);
    await signIn(page, 'auditor');
    await settle(page);
    expect(new URL(page.url()).pathname).toBe('/admin/audit');
    await expect.poll(() => page.getByRole('navigation', { name: '主导航' }).getByRole('link').allTextContents()).toEqual(['审计日志']);
    await page.getByRole('button', { name: /审计管理员（示例）/ }).click();
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.goto('/admin/audit');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/audit');
    await context.close();
  });
});
