import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

interface ApiItem {
  id: number;
  code: string;
  pilot: unknown;
  responsibility: { leadDepartment: { shortName: string } | null };
  schedule: { status: string; reasonZh: string } | null;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** The text of the computed-status section on an item page. */
async function scheduleText(page: Page, itemId: number): Promise<string> {
  await page.goto(`/items/${itemId}`);
  await settle(page);
  const section = page.locator('#schedule');
  await expect.poll(() => section.locator('.status-tag').count()).toBe(1);
  return (await section.textContent()) ?? '';
}

/** The on-schedule count on the home dashboard. */
async function onScheduleCount(page: Page): Promise<number> {
  await page.goto('/dashboard');
  await settle(page);
  const card = page.locator('.status-totals__card', { hasText: '序时推进' }).locator('.status-totals__count');
  await expect.poll(() => card.count()).toBe(1);
  return Number(await card.textContent());
}

describe('a quarter’s report, from draft to approval', () => {
  const env = useServerAndBrowser();

  it('is drafted with evidence, submitted, returned, corrected, resubmitted and approved; the status follows', async () => {
    // Setup through the API: the sample plan has no quarterly plans, so one item gets a 50 % target.
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const { asOf: period } = await office.request<{ asOf: string }>('GET', '/api/dashboard/summary');
    const { items } = await office.request<{ items: ApiItem[] }>('GET', '/api/items?department=市科技局&pageSize=200');
    const item = items.find((candidate) => candidate.responsibility.leadDepartment?.shortName === '市科技局' && !candidate.pilot);
    expect(item).toBeDefined();
    const target = item!;
    await office.request('PUT', `/api/items/${target.id}/quarterly-plans/${period}`, { milestone: '完成年度目标的一半', cumulativePercent: 50 });

    const hq = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(hq.context, 'hq');
    const countBefore = await onScheduleCount(hq.page);
    const statusBefore = await scheduleText(hq.page, target.id);
    expect(statusBefore).not.toContain('序时推进');

    // The office opens the quarter for reporting.
    await hq.page.goto('/reporting/cycles');
    await settle(hq.page);
    await hq.page.getByRole('combobox', { name: '季度' }).selectOption(period);
    // An Ant Design date picker: typed in its own format, taken when the field is left.
    await hq.page.getByLabel('截止日期').fill('2099-12-31');
    await hq.page.getByLabel('截止日期').press('Tab');
    await hq.page.getByRole('button', { name: /开\s*启/ }).click();
    await expect.poll(() => hq.page.locator('.simple-table tbody').getByText('开启中').count()).toBe(1);
    // The office is told, and the quarter just opened is no longer offered.
    await expect.poll(() => hq.page.getByText(/^已开启.+报送周期，截止/).count()).toBe(1);
    expect(await hq.page.getByRole('combobox', { name: '季度' }).locator(`option[value="${period}"]`).count()).toBe(0);

    // The department's clerk drafts the report and attaches evidence.
    const staff = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(staff.context, 'kjj_staff');
    await staff.page.goto('/reporting');
    await settle(staff.page);
    await staff.page.getByRole('link', { name: `填报 ${target.code}`, exact: true }).click();
    await settle(staff.page);
    // The plan is half of the year's target ("完成年度目标的一半"): the form shows it and asks the year's share.
    await expect.poll(() => staff.page.getByText('计划完成年度任务的50%').count()).toBe(1);
    // A mistyped 140 is not quietly made 100: the form says why it cannot be saved.
    await staff.page.getByLabel(/^完成\d{4}年度任务$/).fill('140');
    await staff.page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => staff.page.getByText('请输入0到100之间的百分比').count()).toBe(1);
    await staff.page.getByLabel(/^完成\d{4}年度任务$/).fill('30');
    await staff.page.getByLabel('进展情况').fill('已启动前期调研。');
    await staff.page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => staff.page.locator('.page-header').getByText('草稿').count()).toBe(1);
    await staff.page.locator('#evidence input[type="file"]').setInputFiles({ name: '调研报告.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => staff.page.getByRole('link', { name: '调研报告.pdf' }).count()).toBe(1);
    expect(await findSeriousAccessibilityProblems(staff.page)).toEqual([]);
    // A clerk cannot submit: the head of the department does.
    expect(await staff.page.getByRole('button', { name: /报\s*送/ }).count()).toBe(0);

    // The head submits.
    const manager = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(manager.context, 'kjj_manager');
    const formPath = `/reporting/items/${target.id}/${period}`;
    await manager.page.goto(formPath);
    await settle(manager.page);
    await manager.page.getByRole('button', { name: /^报\s*送$/ }).click();
    await expect.poll(() => manager.page.locator('.page-header').getByText('已报送').count()).toBe(1);

    // The office returns it with a comment (a comment is required).
    const comment = '完成比例与佐证不符，请补充说明。';
    await hq.page.goto('/review');
    await settle(hq.page);
    await expect.poll(() => hq.page.getByRole('button', { name: `退回${target.code}`, exact: true }).count()).toBe(1);
    expect(await findSeriousAccessibilityProblems(hq.page)).toEqual([]);
    await hq.page.getByRole('button', { name: `退回${target.code}`, exact: true }).click();
    const dialog = hq.page.getByRole('dialog');
    // The comment box has the focus, ready for the reason.
    await expect.poll(() => dialog.getByLabel('审核意见').evaluate((element) => element === document.activeElement)).toBe(true);
    await dialog.getByRole('button', { name: /^退\s*回$/ }).click();
    await expect.poll(() => dialog.getByText('退回须写明原因（至少 2 个字）').count()).toBe(1);
    await dialog.getByLabel('审核意见').fill(comment);
    await dialog.getByRole('button', { name: /^退\s*回$/ }).click();
    await expect.poll(() => hq.page.getByRole('button', { name: `退回${target.code}`, exact: true }).count()).toBe(0);

    // The clerk sees the comment first, and corrects the report.
    await staff.page.goto('/reporting');
    await settle(staff.page);
    await expect.poll(() => staff.page.getByText(`退回意见：${comment}`).count()).toBe(1);
    await staff.page.getByRole('link', { name: `继续填报 ${target.code}`, exact: true }).click();
    await settle(staff.page);
    await expect.poll(() => staff.page.getByRole('alert').filter({ hasText: comment }).count()).toBe(1);
    await staff.page.getByLabel(/^完成\d{4}年度任务$/).fill('60');
    await staff.page.getByLabel('进展情况').fill('已完成调研并启动实施，完成比例已按佐证核实。');
    await staff.page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => staff.page.getByText('草稿已保存').count()).toBeGreaterThan(0);

    // The head submits again, and the office approves (through the batch action).
    await manager.page.goto(formPath);
    await settle(manager.page);
    await manager.page.getByRole('button', { name: /^报\s*送$/ }).click();
    await expect.poll(() => manager.page.locator('.page-header').getByText('已报送').count()).toBe(1);
    await hq.page.goto('/review');
    await settle(hq.page);
    await hq.page.getByRole('checkbox', { name: `选择${target.code}`, exact: true }).check();
    await hq.page.getByRole('button', { name: '批量通过' }).click();
    await hq.page
      .getByRole('dialog')
      .getByRole('button', { name: /^通\s*过$/ })
      .click();
    await expect.poll(() => hq.page.getByText('暂无待审核的报送').count()).toBe(1);
    // One action, one version: the head's submissions of an unchanged report write no extra "save".
    const { reports } = await office.request<{ reports: { id: number }[] }>('GET', `/api/reports?item=${target.id}`);
    const { report } = await office.request<{ report: { versions: { action: string }[] } }>('GET', `/api/reports/${reports[0]!.id}`);
    expect(report.versions.map((version) => version.action)).toEqual(['save', 'submit', 'return', 'save', 'submit', 'approve']);

    // The item's computed status and the home dashboard follow the approved report.
    const statusAfter = await scheduleText(hq.page, target.id);
    expect(statusAfter).toContain('序时推进');
    expect(statusAfter).not.toEqual(statusBefore);
    expect(await hq.page.locator('#reports').getByText('已审核').count()).toBeGreaterThan(0);
    expect(await hq.page.locator('#reports').getByRole('link', { name: '调研报告.pdf' }).count()).toBe(1);
    expect(await onScheduleCount(hq.page)).toBe(countBefore + 1);

    for (const session of [hq, staff, manager]) expect(session.pageErrors).toEqual([]);
    await Promise.all([hq.context.close(), staff.context.close(), manager.context.close()]);
  });
  it('a user whose password was reset must change it first, then continues where they were going', async () => {
    const admin = await signInToApi(env.server.baseUrl, 'sysadmin');
    const { users } = await admin.request<{ users: { id: number; username: string; version: number }[] }>('GET', '/api/users');
    const leader = users.find((user) => user.username === 'leader')!;
    const temporary = 'Temp-Reset-2025!';
    await admin.request('POST', `/api/users/${leader.id}/password`, { version: leader.version, password: temporary });

    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    const login = await context.request.post('/api/auth/login', { data: { username: 'leader', password: temporary } });
    expect(login.status()).toBe(200);
    await page.goto('/indicators');
    await page.waitForURL((url) => url.pathname === '/account/password');
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('修改密码');
    await page.getByLabel('当前密码').fill(temporary);
    await page.getByLabel('新密码', { exact: true }).fill('Fresh-Leader-Pass-9');
    await page.getByLabel('确认新密码').fill('Fresh-Leader-Pass-9');
    await page.getByRole('button', { name: '修改密码并继续' }).click();
    await page.waitForURL((url) => url.pathname === '/indicators');
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('重点指标');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
