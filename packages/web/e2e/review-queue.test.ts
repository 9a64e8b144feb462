import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import type { ApiSession } from './support/api-session.js';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

interface ApiItem {
  id: number;
  code: string;
  pilot: unknown;
  responsibility: { leadDepartment: { id: number; shortName: string } | null };
}
interface ApiReport {
  id: number;
  version: number;
  state: string;
  reviewComment: string | null;
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };

/** A report drafted by the department's clerk and submitted by its head, as they would through the app. */
async function submitReport(staff: ApiSession, manager: ApiSession, itemId: number, period: string, completionPercent: number): Promise<ApiReport> {
  const body = { progressState: 'in_progress', completionPercent, progress: `完成年度计划的${completionPercent}%`, problems: null, nextSteps: null };
  const { report } = await staff.request<{ report: ApiReport }>('PUT', `/api/items/${itemId}/reports/${period}`, body);
  return (await manager.request<{ report: ApiReport }>('POST', `/api/reports/${report.id}/submit`, { version: report.version })).report;
}

const rowOf = (page: Page, code: string) => page.locator('.ant-table-row').filter({ has: page.getByRole('checkbox', { name: `选择${code}`, exact: true }) });

describe("the office's review queue (报送审核)", () => {
  const env = useServerAndBrowser();

  it('is filtered by department, read against the plan, approved by batch and by keyboard, and a report is returned with a comment', async () => {
    // Setup through the API: five items of 市科技局 with a 50 % plan this quarter, each reported and submitted.
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const staff = await signInToApi(env.server.baseUrl, 'kjj_staff');
    const manager = await signInToApi(env.server.baseUrl, 'kjj_manager');
    const { asOf: period } = await office.request<{ asOf: string }>('GET', '/api/dashboard/summary');
    const { items } = await office.request<{ items: ApiItem[] }>('GET', '/api/items?department=市科技局&pageSize=200');
    const own = items.filter((item) => item.responsibility.leadDepartment?.shortName === '市科技局' && !item.pilot).slice(0, 5);
    expect(own).toHaveLength(5);
    const [first, second, stale, keyed, returned] = own as [ApiItem, ApiItem, ApiItem, ApiItem, ApiItem];
    for (const item of own) {
      await office.request('PUT', `/api/items/${item.id}/quarterly-plans/${period}`, { milestone: '完成阶段任务', cumulativePercent: 50, basis: 'cumulative' });
    }
    await office.request('POST', '/api/cycles', { period, deadline: '2099-12-31' });
    const reports = new Map<number, ApiReport>();
    for (const [index, item] of own.entries()) reports.set(item.id, await submitReport(staff, manager, item.id, period, 60 - index * 10));
    const { departments } = await office.request<{ departments: { id: number; shortName: string }[] }>('GET', '/api/departments');
    const elsewhere = departments.find((department) => department.shortName !== '市科技局')!;

    const hq = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(hq.context, 'hq');
    const { page } = hq;

    // A link reproduces a filtered view: another department has nothing to review.
    await page.goto(`/review?department=${elsewhere.id}`);
    await settle(page);
    await expect.poll(() => page.getByText('暂无待审核的报送').count()).toBe(1);

    // The office picks the department in the filter, and the address follows.
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.getByRole('combobox', { name: '责任部门' }).click();
    await page.keyboard.type('市科技局');
    await page.keyboard.press('Enter');
    await settle(page);
    await expect.poll(() => page.getByRole('listbox').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('department')).not.toBeNull();
    await expect.poll(() => page.locator('.ant-table-row').count()).toBe(5);

    // Each row reads against the plan: planned 50 %, reported 60 %, the status it would give and why, what changed.
    const firstRow = rowOf(page, first.code);
    await expect.poll(() => firstRow.textContent()).toContain('计划 50%');
    const firstText = (await firstRow.textContent()) ?? '';
    expect(firstText).toContain('报送 60%');
    expect(firstText).toContain('无附件');
    expect(firstText).toContain('首次报送');
    const { entries } = await office.request<{ entries: { report: { id: number }; outcome: { status: string; reasonZh: string } }[] }>(
      'GET',
      `/api/review-queue?department=${encodeURIComponent('市科技局')}`,
    );
    const firstOutcome = entries.find((entry) => entry.report.id === reports.get(first.id)!.id)!.outcome;
    expect(firstText).toContain(firstOutcome.reasonZh);
    expect(await findSeriousAccessibilityProblems(page)).toEqual([]);
    await saveScreenshot(page, 'review-queue');
    // The picture stilled the page's animations; a dialog waits for its own, so the page is loaded afresh.
    await page.reload();
    await settle(page);

    // Typing in the search box is text, not a shortcut: nothing is approved.
    const search = page.getByLabel('搜索编号、任务名称或进展情况', { exact: true });
    await search.pressSequentially('ar');
    expect(await search.inputValue()).toBe('ar');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await search.fill('');
    expect(await page.locator('.ant-table-row').count()).toBe(5);

    // Batch approval of three; one of them was changed by the department after the office listed it.
    for (const item of [first, second, stale]) await page.getByRole('checkbox', { name: `选择${item.code}`, exact: true }).check();
    const listed = reports.get(stale.id)!;
    const withdrawn = (await manager.request<{ report: ApiReport }>('POST', `/api/reports/${listed.id}/withdraw`, { version: listed.version })).report;
    await manager.request('POST', `/api/reports/${listed.id}/submit`, { version: withdrawn.version });
    await page.getByRole('button', { name: '批量通过' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^通\s*过$/ })
      .click();
    await expect.poll(() => page.getByText('批量审核完成：2 份成功，1 份未处理').count()).toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: stale.code }).getByText('列出后已被修改').count()).toBe(1);
    await expect.poll(() => page.locator('.ant-table-row').count()).toBe(3);

    // The keyboard: j / k move the current row (the resubmitted report is now the newest, last), a approves it.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    await expect.poll(() => page.getByText(`当前：${returned.code}`).count()).toBe(1);
    await page.keyboard.press('k');
    await expect.poll(() => page.getByText(`当前：${keyed.code}`).count()).toBe(1);
    await page.keyboard.press('a');
    await expect.poll(() => page.getByText(`已通过 ${keyed.code}`).count()).toBe(1);
    await expect.poll(() => rowOf(page, keyed.code).count()).toBe(0);

    // r opens the return dialog with the comment box focused; the report goes back to the department.
    await expect.poll(() => page.getByText(`当前：${returned.code}`).count()).toBe(1);
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByLabel('审核意见').evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('佐证材料不足，请补充。');
    await dialog.getByRole('button', { name: /^退\s*回$/ }).click();
    await expect.poll(() => rowOf(page, returned.code).count()).toBe(0);
    const back = await staff.request<{ report: ApiReport }>('GET', `/api/reports/${reports.get(returned.id)!.id}`);
    expect(back.report).toMatchObject({ state: 'returned', reviewComment: '佐证材料不足，请补充。' });
    const approved = await Promise.all(
      [first, second, keyed].map(async (item) => (await office.request<{ report: ApiReport }>('GET', `/api/reports/${reports.get(item.id)!.id}`)).report.state),
    );
    expect(approved).toEqual(['approved', 'approved', 'approved']);
    expect(hq.pageErrors).toEqual([]);
    await hq.context.close();

    // On a phone the queue fits the screen: nothing scrolls sideways.
    const phone = await openSession(env.browser, env.server.baseUrl, PHONE);
    await signInQuickly(phone.context, 'hq');
    await phone.page.goto('/review');
    await settle(phone.page);
    await expect.poll(() => rowOf(phone.page, stale.code).count()).toBe(1);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    expect(await findSeriousAccessibilityProblems(phone.page)).toEqual([]);
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  });
});
