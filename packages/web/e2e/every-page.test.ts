import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

/**
 * Every page each role can reach — its menu, plus the pages it opens by link — on a desktop and on a
 * 390 px phone, in the middle of a quarter (a cycle open, a report drafted, one submitted): no page
 * scrolls sideways on the phone, axe finds no serious or critical violation, and the browser logs no
 * error. The menu is read from the app as it shows it, so a new page is checked without anyone
 * remembering to add it here.
 */
type Role = 'hq' | 'leader' | 'dept_manager' | 'dept_staff' | 'sysadmin' | 'secadmin' | 'auditor';

const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;
const PHONE_WIDTH = 390;

const ACCOUNTS: readonly (readonly [string, Role])[] = [
  ['hq', 'hq'],
  ['leader', 'leader'],
  ['kjj_manager', 'dept_manager'],
  ['kjj_staff', 'dept_staff'],
  ['sysadmin', 'sysadmin'],
  ['secadmin', 'secadmin'],
  ['auditor', 'auditor'],
];

interface Quarter {
  period: string;
  itemId: number;
  indicatorId: number;
  departmentIndicatorId: number | null;
  reportId: number;
}

/** The pages a role opens by link rather than from its menu. */
function linkedPagesOf(role: Role, quarter: Quarter): string[] {
  const pages: string[] = [];
  if (role === 'hq' || role === 'leader') pages.push(`/indicators/${quarter.indicatorId}`);
  if (quarter.departmentIndicatorId !== null && (role === 'dept_manager' || role === 'dept_staff')) pages.push(`/indicators/${quarter.departmentIndicatorId}`);
  if (role === 'hq' || role === 'leader' || role === 'dept_manager' || role === 'dept_staff')
    pages.push(`/items/${quarter.itemId}`, `/reports/${quarter.reportId}`);
  if (role === 'hq' || role === 'leader' || role === 'dept_manager' || role === 'dept_staff') pages.push('/notifications');
  if (role === 'hq') pages.push('/ledgers?ledger=key_indicators', '/supervision?tab=extensions');
  if (role === 'dept_manager' || role === 'dept_staff') pages.push(`/reporting/items/${quarter.itemId}/${quarter.period}`);
  return pages;
}

/** The pages the role's menu offers (read on a desktop, where the menu is open), then those it opens by link. */
async function pagesOf(page: Page, role: Role, quarter: Quarter): Promise<string[]> {
  await page.goto('/');
  const links = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
  await links.first().waitFor();
  const menu = await links.evaluateAll((anchors) => anchors.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(menu.length).toBeGreaterThan(0);
  return [...new Set([...menu, ...linkedPagesOf(role, quarter)])];
}

/** What is wider than a phone's screen: the page itself, the header's parts, or a title squeezed to a column. */
async function phoneLayoutProblems(page: Page, path: string): Promise<string[]> {
  const measured = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
    // The header clips what does not fit, so its own parts are measured too (the user menu must show).
    header: Math.max(0, ...Array.from(document.querySelectorAll('.app-header *')).map((element) => Math.ceil(element.getBoundingClientRect().right))),
    // A section's title squeezed beside its note would wrap a character a line (推\n进\n状\n态).
    squeezed: [
      ...Array.from(document.querySelectorAll('.panel__title')).filter((element) => element.getBoundingClientRect().height > 32),
      ...Array.from(document.querySelectorAll('.page-header__main')).filter((element) => element.getBoundingClientRect().width < 200),
    ].map((element) => element.textContent ?? ''),
  }));
  // A phone widens its layout viewport to fit what overflows (innerWidth grows), so the screen's own width is the bound.
  const widest = Math.max(measured.scroll, measured.inner, measured.header);
  return [
    ...(widest > PHONE_WIDTH ? [`${path}: ${widest} px wide on a ${PHONE_WIDTH} px phone`] : []),
    ...measured.squeezed.map((title) => `${path}: squeezed “${title.slice(0, 20)}”`),
  ];
}

/**
 * A browser's own date input shows mm/dd/yyyy in an English browser, beside Ant Design's controls:
 * every date is picked with Ant Design's picker, in the user's language.
 */
async function nativeDateInputs(page: Page, path: string): Promise<string[]> {
  const count = await page.locator('input[type="date"]').count();
  return count ? [`${path}: ${count} native date input(s)`] : [];
}

/** Each page opened in turn: what is wider than a phone (on one), axe's serious violations, native date inputs. */
async function problemsOnPages(page: Page, paths: readonly string[], isMobile: boolean): Promise<unknown[]> {
  const problems: unknown[] = [];
  for (const path of paths) {
    await page.goto(path);
    await settle(page);
    if (isMobile) problems.push(...(await phoneLayoutProblems(page, path)));
    for (const found of await findSeriousAccessibilityProblems(page)) problems.push({ path, ...found });
    problems.push(...(await nativeDateInputs(page, path)));
  }
  return problems;
}

describe('every page, for every role, on a desktop and a phone', () => {
  const env = useServerAndBrowser();
  const quarter = {} as Quarter;

  beforeAll(async () => {
    // The middle of a quarter: the cycle is open, 市科技局 has drafted one report and submitted another.
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const { asOf } = await office.request<{ asOf: string }>('GET', '/api/dashboard/summary');
    const { items } = await office.request<{ items: { id: number; responsibility: { leadDepartment: { shortName: string } | null } }[] }>(
      'GET',
      '/api/items?department=市科技局&pageSize=50',
    );
    const own = items.filter((item) => item.responsibility.leadDepartment?.shortName === '市科技局');
    expect(own.length).toBeGreaterThan(1);
    await office.request('POST', '/api/cycles', { period: asOf, deadline: '2099-12-31' });
    const staff = await signInToApi(env.server.baseUrl, 'kjj_staff');
    const { indicators } = await office.request<{ indicators: { id: number }[] }>('GET', '/api/indicators?pageSize=1');
    // A department opens only the indicators it answers for (the sample's 市科技局 may have none).
    const { indicators: ownIndicators } = await staff.request<{ indicators: { id: number }[] }>('GET', '/api/indicators?pageSize=1');
    const manager = await signInToApi(env.server.baseUrl, 'kjj_manager');
    const draft = (itemId: number) =>
      staff.request<{ report: { id: number; version: number } }>('PUT', `/api/items/${itemId}/reports/${asOf}`, {
        progressState: 'in_progress',
        completionPercent: 40,
        progress: '已完成方案编制，正在推进实施。',
        problems: null,
        nextSteps: null,
      });
    const { report } = await draft(own[0]!.id);
    const { report: submitted } = await draft(own[1]!.id);
    await manager.request('POST', `/api/reports/${submitted.id}/submit`, { version: submitted.version });
    Object.assign(quarter, {
      period: asOf,
      itemId: own[0]!.id,
      indicatorId: indicators[0]!.id,
      departmentIndicatorId: ownIndicators[0]?.id ?? null,
      reportId: report.id,
    });
  });

  it('someone not signed in: the login page and the public progress page', async () => {
    for (const { viewport, isMobile } of VIEWPORTS) {
      const { page, context, pageErrors, consoleErrors } = await openSession(env.browser, env.server.baseUrl, { viewport, isMobile });
      const problems = await problemsOnPages(page, ['/login', '/public'], isMobile);
      expect({ viewport: viewport.width, problems, pageErrors, consoleErrors }).toEqual({
        viewport: viewport.width,
        problems: [],
        pageErrors: [],
        consoleErrors: [],
      });
      await context.close();
    }
  });

  it.each(ACCOUNTS)('%s: every page fits a phone, passes axe and logs no error', async (username, role) => {
    let paths: string[] = [];
    for (const { viewport, isMobile } of VIEWPORTS) {
      const { page, context, pageErrors, consoleErrors } = await openSession(env.browser, env.server.baseUrl, { viewport, isMobile });
      await signInQuickly(context, username);
      if (!isMobile) paths = await pagesOf(page, role, quarter);
      const problems = await problemsOnPages(page, paths, isMobile);
      expect({ viewport: viewport.width, problems, pageErrors, consoleErrors }).toEqual({
        viewport: viewport.width,
        problems: [],
        pageErrors: [],
        consoleErrors: [],
      });
      await context.close();
    }
  });
});
