import { beforeAll, describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import { signInToApi } from './support/api-session.js';
import type { ApiSession } from './support/api-session.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

interface ApiItem {
  id: number;
  code: string;
  title: string;
  pilot: unknown;
  responsibility: { leadDepartment: { shortName: string } | null };
  area: { numeral: string | null; title: string | null } | null;
}

interface ApiReport {
  id: number;
  version: number;
}

/** An item of 市科技局 (the sample department with accounts) that is not a pilot. */
async function findScienceBureauItem(office: ApiSession, skip: number[] = []): Promise<ApiItem> {
  const { items } = await office.request<{ items: ApiItem[] }>('GET', '/api/items?department=市科技局&pageSize=200');
  const item = items.find((candidate) => candidate.responsibility.leadDepartment?.shortName === '市科技局' && !candidate.pilot && !skip.includes(candidate.id));
  expect(item).toBeDefined();
  return item!;
}

describe('the roadmap and the notification bell', () => {
  const env = useServerAndBrowser();
  let office: ApiSession;
  let period: string;

  beforeAll(async () => {
    office = await signInToApi(env.server.baseUrl, 'hq');
    period = (await office.request<{ asOf: string }>('GET', '/api/dashboard/summary')).asOf;
  });

  it('the roadmap lays out the plan’s areas × quarters; a cell, opened, lists its milestones, each linking to its item', async () => {
    const item = await findScienceBureauItem(office);
    const year = period.slice(0, 4);
    const milestonePeriod = `${year}Q2`;
    const milestone = '完成路线图节点：关键技术攻关';
    await office.request('PUT', `/api/items/${item.id}/quarterly-plans/${milestonePeriod}`, { milestone, cumulativePercent: 40 });
    const { areas } = await office.request<{ areas: { numeral: string; title: string }[] }>('GET', '/api/areas');

    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/roadmap');
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('施工路线图');
    const table = page.getByRole('table');
    await expect.poll(() => table.count()).toBe(1);
    // The four quarters as Chinese users write them, and one row per key area of the plan (ten in the sample).
    const columnHeads = await table.locator('thead th').allTextContents();
    for (const quarter of ['一季度', '二季度', '三季度', '四季度']) expect(columnHeads.some((text) => text.includes(quarter))).toBe(true);
    const rowHeads = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(areas.length).toBe(10);
    expect(rowHeads.slice(0, areas.length)).toEqual(areas.map((area) => `${area.numeral}、${area.title}`));
    // The year in the address is the year shown; the plan's years are offered.
    expect(await page.getByRole('radio', { name: `${year}年` }).count()).toBe(1);
    expect(await findSeriousAccessibilityProblems(page)).toEqual([]);

    // A cell shows counts only; its milestones load when it is opened (from the keyboard here).
    const link = table.getByRole('link', { name: new RegExp(`${item.code}`) });
    expect(await link.count()).toBe(0);
    const row = table.locator('tbody tr', { has: page.locator('th', { hasText: `${item.area!.numeral}、${item.area!.title}` }) });
    const cell = row.locator('td').nth(1); // the area's second quarter
    const open = cell.getByRole('button', { name: /查看计划节点/ });
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await open.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.getByRole('button', { name: '收起计划节点' }).getAttribute('aria-expanded')).toBe('true');
    // The milestone sits in its quarter with the planned % and a status; its link opens the item.
    await expect.poll(() => link.count()).toBe(1);
    expect(await cell.textContent()).toContain(milestone);
    expect(await cell.textContent()).toContain('计划累计 40%');
    const cellIndex = await cell.evaluate((td) => (td as HTMLTableCellElement).cellIndex);
    expect(columnHeads[cellIndex]).toContain('二季度');
    expect(await findSeriousAccessibilityProblems(page)).toEqual([]);
    await link.click();
    await page.waitForURL((url) => url.pathname === `/items/${item.id}`);
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(item.title);

    // On a phone: one quarter at a time, the areas one under another.
    const phone = await openSession(env.browser, env.server.baseUrl, { viewport: { width: 390, height: 844 }, isMobile: true });
    await signInQuickly(phone.context, 'hq');
    await phone.page.goto(`/roadmap?year=${year}`);
    await settle(phone.page);
    // It opens at the quarter the rest of the app stands on (after the plan's end: its last quarter).
    const quarterName = ['一季度', '二季度', '三季度', '四季度'][Number(period.slice(5)) - 1]!;
    await expect.poll(() => phone.page.locator('.ant-segmented[aria-label="季度"] .ant-segmented-item-selected').textContent()).toContain(quarterName);
    await phone.page.locator('.ant-segmented-item', { hasText: '二季度' }).click();
    const section = phone.page.getByRole('region', { name: `${item.area!.numeral}、${item.area!.title}` });
    await section.getByRole('button', { name: /查看计划节点/ }).click();
    await expect.poll(() => section.getByRole('link', { name: new RegExp(`${item.code}`) }).count()).toBe(1);
    expect(await findSeriousAccessibilityProblems(phone.page)).toEqual([]);

    expect(pageErrors).toEqual([]);
    expect(phone.pageErrors).toEqual([]);
    await Promise.all([context.close(), phone.context.close()]);
  });

  it('a returned report shows up on the staff’s bell; opening it shows the office’s comment and the count drops', async () => {
    const item = await findScienceBureauItem(office);
    await office.request('POST', '/api/cycles', { period, deadline: '2099-12-31' });
    const staffApi = await signInToApi(env.server.baseUrl, 'kjj_staff');
    const managerApi = await signInToApi(env.server.baseUrl, 'kjj_manager');
    const { report: draft } = await staffApi.request<{ report: ApiReport }>('PUT', `/api/items/${item.id}/reports/${period}`, {
      progressState: 'in_progress',
      completionPercent: 30,
      progress: '已完成前期调研。',
      problems: null,
      nextSteps: null,
    });
    await managerApi.request('POST', `/api/reports/${draft.id}/submit`, { version: draft.version });

    // The office reviews it on the report page and returns it with a comment.
    const comment = '完成比例与佐证不符，请补充调研报告。';
    const hq = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(hq.context, 'hq');
    await hq.page.goto(`/reports/${draft.id}`);
    await settle(hq.page);
    await expect.poll(() => hq.page.locator('.page-header').getByText('已报送').count()).toBeGreaterThan(0);
    expect(await hq.page.getByText('已完成前期调研。').count()).toBe(1);
    expect(await findSeriousAccessibilityProblems(hq.page)).toEqual([]);
    await hq.page.getByRole('button', { name: /^退\s*回$/ }).click();
    const dialog = hq.page.getByRole('dialog');
    await dialog.getByLabel('审核意见').fill(comment);
    await dialog.getByRole('button', { name: /^退\s*回$/ }).click();
    await expect.poll(() => hq.page.locator('.page-header').getByText('已退回').count()).toBeGreaterThan(0);
    expect(await hq.page.getByRole('button', { name: /^退\s*回$/ }).count()).toBe(0);

    // The department's clerk: one unread notification on the bell.
    const staff = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(staff.context, 'kjj_staff');
    await staff.page.goto('/reporting');
    await settle(staff.page);
    const bell = staff.page.getByRole('button', { name: /^通知，/ });
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('通知，1 条未读');
    await bell.click();
    const list = staff.page.getByRole('dialog', { name: '通知' });
    const entry = list.getByRole('button', { name: /被退回/ });
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.textContent()).toContain('未读');
    expect(await entry.textContent()).toContain(comment);
    expect(await findSeriousAccessibilityProblems(staff.page)).toEqual([]);
    await entry.click();

    // It opens the report page with the office's comment first; the notification is read.
    await staff.page.waitForURL((url) => url.pathname === `/reports/${draft.id}`);
    await settle(staff.page);
    await expect.poll(() => staff.page.getByRole('alert').filter({ hasText: comment }).count()).toBe(1);
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('通知，无未读');
    // The clerk may correct it on the form (a returned report is editable by the department).
    expect(await staff.page.getByRole('button', { name: /修改报告/ }).count()).toBe(1);
    expect(await findSeriousAccessibilityProblems(staff.page)).toEqual([]);

    // The department head was told too; "mark all read" clears the bell.
    const manager = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(manager.context, 'kjj_manager');
    await manager.page.goto('/reporting');
    await settle(manager.page);
    const managerBell = manager.page.getByRole('button', { name: /^通知，/ });
    await expect.poll(() => managerBell.getAttribute('aria-label')).toBe('通知，1 条未读');
    await managerBell.click();
    await manager.page.getByRole('button', { name: '全部标为已读' }).click();
    await expect.poll(() => managerBell.getAttribute('aria-label')).toBe('通知，无未读');

    // Every notification stays on the notifications page, read ones too; "unread" shows none now.
    await manager.page.getByRole('button', { name: '查看全部通知' }).click();
    await manager.page.waitForURL((url) => url.pathname === '/notifications');
    await settle(manager.page);
    await expect.poll(() => manager.page.getByRole('heading', { level: 1 }).textContent()).toBe('通知');
    const kept = manager.page.getByRole('list', { name: '通知' }).getByRole('button', { name: /被退回/ });
    await expect.poll(() => kept.count()).toBe(1);
    expect(await kept.textContent()).not.toContain('未读');
    expect(await findSeriousAccessibilityProblems(manager.page)).toEqual([]);
    await manager.page.getByRole('button', { name: /^未\s*读$/ }).click();
    expect(await manager.page.getByRole('button', { name: /^未\s*读$/ }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => manager.page.getByText('没有未读通知').count()).toBe(1);
    await manager.page.getByRole('button', { name: /^全\s*部$/ }).click();
    await kept.click();
    await manager.page.waitForURL((url) => url.pathname === `/reports/${draft.id}`);

    // Administrators are never notified: no bell.
    const admin = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(admin.context, 'sysadmin');
    await admin.page.goto('/');
    await settle(admin.page);
    expect(await admin.page.getByRole('button', { name: /^通知，/ }).count()).toBe(0);

    for (const session of [hq, staff, manager, admin]) expect(session.pageErrors).toEqual([]);
    await Promise.all([hq.context.close(), staff.context.close(), manager.context.close(), admin.context.close()]);
  });

  it('a report that does not exist is shown as not found', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'kjj_staff');
    await page.goto('/reports/999999');
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('未找到');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
