import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import type { ApiSession } from './support/api-session.js';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signIn, signInQuickly } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

interface ApiItem {
  id: number;
  code: string;
  pilot: unknown;
  responsibility: { leadDepartment: { shortName: string } | null };
}

interface ApiReport {
  id: number;
  version: number;
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** Six days from today in Beijing: the deadline a department sees counted down. */
const DEADLINE = new Date(Date.now() + 8 * 3600_000 + 6 * 86_400_000).toISOString().slice(0, 10);
const draft = { progressState: 'in_progress', completionPercent: 40, progress: '按计划推进。', problems: null, nextSteps: null };

function quarterBefore(period: string): string {
  const [year, quarter] = [Number(period.slice(0, 4)), Number(period.slice(5))];
  return quarter === 1 ? `${year - 1}Q4` : `${year}Q${quarter - 1}`;
}

/** An approved report for the quarter before, through the API as the department and the office would. */
async function approvedEarlierReport(office: ApiSession, staff: ApiSession, manager: ApiSession, itemId: number, period: string) {
  const { cycle } = await office.request<{ cycle: { id: number; version: number } }>('POST', '/api/cycles', { period, deadline: '2099-12-30' });
  const { report } = await staff.request<{ report: ApiReport }>('PUT', `/api/items/${itemId}/reports/${period}`, {
    ...draft,
    completionPercent: 20,
    progress: '已完成平台建设方案编制并报批。',
  });
  const submitted = await manager.request<{ report: ApiReport }>('POST', `/api/reports/${report.id}/submit`, { version: report.version });
  await office.request('POST', `/api/reports/${report.id}/approve`, { version: submitted.report.version });
  // Closed, so that only this quarter is owed.
  await office.request('POST', `/api/cycles/${cycle.id}/close`, { version: cycle.version });
}

describe('a department’s quarter', () => {
  const env = useServerAndBrowser();

  it('staff land on what is owed, report against the plan and last quarter; the head submits several drafts at once', async () => {
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const staffApi = await signInToApi(env.server.baseUrl, 'kjj_staff');
    const managerApi = await signInToApi(env.server.baseUrl, 'kjj_manager');
    const { asOf: period } = await office.request<{ asOf: string }>('GET', '/api/dashboard/summary');
    const { items } = await office.request<{ items: ApiItem[] }>('GET', '/api/items?department=市科技局&pageSize=200');
    const [first, second, third] = items.filter((item) => item.responsibility.leadDepartment?.shortName === '市科技局' && !item.pilot);
    expect(third).toBeDefined();
    await office.request('PUT', `/api/items/${first!.id}/quarterly-plans/${period}`, { milestone: '建成科技创新服务平台', cumulativePercent: 60 });
    await approvedEarlierReport(office, staffApi, managerApi, first!.id, quarterBefore(period));
    await office.request('POST', '/api/cycles', { period, deadline: DEADLINE });

    // The clerk signs in and lands on 本季度待报: each owed item with its deadline, days left and state.
    const staff = await openSession(env.browser, env.server.baseUrl);
    await signIn(staff.page, 'kjj_staff');
    expect(new URL(staff.page.url()).pathname).toBe('/reporting');
    await settle(staff.page);
    await expect.poll(() => staff.page.getByRole('heading', { level: 1 }).textContent()).toBe('本季度待报');
    const firstRow = staff.page.locator('.simple-table tbody tr', { hasText: first!.code });
    await expect.poll(() => firstRow.locator('td').getByText('还剩 6 天', { exact: true }).count()).toBe(1);
    expect(await firstRow.locator('td').getByText('未填写').count()).toBe(1);
    // Only the head submits: a clerk has no boxes to tick.
    expect(await staff.page.getByRole('checkbox').count()).toBe(0);
    expect(await findSeriousAccessibilityProblems(staff.page)).toEqual([]);

    // The form shows the quarter's plan and the last approved report beside the fields.
    await staff.page.getByRole('link', { name: `填报 ${first!.code}`, exact: true }).click();
    await settle(staff.page);
    const plan = staff.page.getByRole('region', { name: '本季度计划' });
    await expect.poll(() => plan.textContent()).toContain('建成科技创新服务平台');
    expect(await plan.textContent()).toContain('计划完成60%');
    const previous = staff.page.getByRole('region', { name: '上季度已审核报告' });
    expect(await previous.textContent()).toContain('累计完成20%');
    expect(await previous.textContent()).toContain('已完成平台建设方案编制并报批。');
    await staff.page.getByLabel('累计完成').fill('45');
    await staff.page.getByLabel('进展情况').fill('平台主体建成，正在联调。');
    await staff.page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => staff.page.locator('.page-header').getByText('草稿').count()).toBe(1);
    await staff.page.locator('#evidence input[type="file"]').setInputFiles({ name: '联调记录.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => staff.page.getByRole('link', { name: '联调记录.pdf' }).count()).toBe(1);
    expect(await findSeriousAccessibilityProblems(staff.page)).toEqual([]);
    // Two more drafts, written the quick way.
    for (const item of [second!, third!]) await staffApi.request('PUT', `/api/items/${item.id}/reports/${period}`, draft);

    // The head ticks two drafts and submits them at once; the third stays a draft.
    const manager = await openSession(env.browser, env.server.baseUrl);
    await signIn(manager.page, 'kjj_manager');
    expect(new URL(manager.page.url()).pathname).toBe('/reporting');
    await settle(manager.page);
    await manager.page.getByRole('checkbox', { name: `选择草稿 ${first!.code}`, exact: true }).check();
    await manager.page.getByRole('checkbox', { name: `选择草稿 ${second!.code}`, exact: true }).check();
    await expect.poll(() => manager.page.getByText('已选 2 项草稿').count()).toBe(1);
    expect(await findSeriousAccessibilityProblems(manager.page)).toEqual([]);
    await saveScreenshot(manager.page, 'department-owed');
    await manager.page.getByRole('button', { name: '报送所选' }).click();
    await manager.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^报\s*送$/ })
      .click();
    await expect.poll(() => manager.page.getByText('已报送 2 项，等待审核').count()).toBe(1);
    await expect.poll(() => manager.page.getByRole('link', { name: `继续填报 ${first!.code}`, exact: true }).count()).toBe(0);
    expect(await manager.page.getByRole('link', { name: `继续填报 ${second!.code}`, exact: true }).count()).toBe(0);
    expect(await manager.page.getByRole('link', { name: `继续填报 ${third!.code}`, exact: true }).count()).toBe(1);

    // Each submitted report has exactly one submission in its history, after the clerk's save.
    for (const item of [first!, second!]) {
      const { reports } = await office.request<{ reports: { id: number; state: string }[] }>('GET', `/api/reports?item=${item.id}&period=${period}`);
      expect(reports[0]!.state).toBe('submitted');
      const { report } = await office.request<{ report: { versions: { action: string }[] } }>('GET', `/api/reports/${reports[0]!.id}`);
      expect(report.versions.map((version) => version.action)).toEqual(['save', 'submit']);
    }

    // The office returns one; the clerk finds its comment, who wrote it and when, right above the fields.
    const comment = '请补充平台联调的佐证材料。';
    const { reports: returned } = await office.request<{ reports: ApiReport[] }>('GET', `/api/reports?item=${first!.id}&period=${period}`);
    await office.request('POST', `/api/reports/${returned[0]!.id}/return`, { version: returned[0]!.version, comment });
    await staff.page.goto(`/reporting/items/${first!.id}/${period}`);
    await settle(staff.page);
    const alert = staff.page.locator('#report').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('退回意见');
    expect(await alert.textContent()).toContain(comment);
    expect(await alert.textContent()).toContain('指挥部办公室（示例）');
    // It stands between the context (plan, last quarter) and the first field.
    const [alertBox, fieldBox] = await Promise.all([alert.boundingBox(), staff.page.getByText('推进状态', { exact: true }).boundingBox()]);
    expect(alertBox!.y).toBeLessThan(fieldBox!.y);
    await saveScreenshot(staff.page, 'department-report-form', { fullPage: true });

    for (const session of [staff, manager]) expect(session.pageErrors).toEqual([]);
    await Promise.all([staff.context.close(), manager.context.close()]);
  });

  it('本季度待报 fits a phone: nothing wider than the screen, no serious accessibility problem', async () => {
    const phone = await openSession(env.browser, env.server.baseUrl, PHONE);
    await signInQuickly(phone.context, 'kjj_manager');
    await phone.page.goto('/reporting');
    await settle(phone.page);
    await expect.poll(() => phone.page.getByRole('heading', { level: 1 }).textContent()).toBe('本季度待报');
    await expect.poll(() => phone.page.getByRole('checkbox').count()).toBeGreaterThan(0);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
    expect(await findSeriousAccessibilityProblems(phone.page)).toEqual([]);
    await saveScreenshot(phone.page, 'department-owed-phone');
    expect(phone.pageErrors).toEqual([]);
    await phone.context.close();
  });
});
