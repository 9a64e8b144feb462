import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { startMailbox } from './support/mailbox.js';
import { saveScreenshot } from './support/screenshots.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

interface ApiItem {
  id: number;
  responsibility: { leadDepartment: { shortName: string } | null };
}

/** The mail server the office's 催报 reaches: a real SMTP server in this process. */
const mailbox = await startMailbox();
const received = mailbox.received;
afterAll(() => mailbox.close());

/** The 市科技局 row of the progress table. */
function scienceBureauRow(page: Page) {
  return page.locator('#cycle-progress tbody tr', { hasText: '市科技局' });
}

describe('the cycles page: each department’s reporting, and 催报', () => {
  const env = useServerAndBrowser({
    PLANTRACK_SMTP_URL: mailbox.url,
    // Only the office's 催报 sends mail in this test, not the scheduled reminders.
    PLANTRACK_REMIND_EVERY_MINUTES: '0',
  });

  it('shows the 报送率 change after a report is submitted; a 催报 reaches the department’s bell and mailbox', async () => {
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const { asOf: period } = await office.request<{ asOf: string }>('GET', '/api/dashboard/summary');
    await office.request('POST', '/api/cycles', { period, deadline: '2099-12-31' });
    const { items } = await office.request<{ items: ApiItem[] }>('GET', '/api/items?department=市科技局&pageSize=200');
    const led = items.filter((item) => item.responsibility.leadDepartment?.shortName === '市科技局');
    expect(led.length).toBeGreaterThan(0);
    // The department's clerk has an e-mail address (set by the system administrator).
    const admin = await signInToApi(env.server.baseUrl, 'sysadmin');
    const { users } = await admin.request<{ users: { id: number; username: string; version: number }[] }>('GET', '/api/users');
    const clerk = users.find((user) => user.username === 'kjj_staff')!;
    await admin.request('PATCH', `/api/users/${clerk.id}`, { version: clerk.version, email: 'kjj_staff@example.gov.cn' });

    const hq = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(hq.context, 'hq');
    await hq.page.goto('/reporting/cycles');
    await settle(hq.page);
    const row = scienceBureauRow(hq.page);
    await expect.poll(() => row.count()).toBe(1);
    const rateBefore = Number(/(\d+)%/.exec((await row.locator('.cycle-progress__rate').textContent()) ?? '')![1]);
    const owedText = (await row.locator('.cycle-progress__rate-of').textContent()) ?? '';
    const [reportedBefore, owed] = owedText.split('/').map(Number) as [number, number];

    // A report gets submitted through the API: drafted by the clerk, submitted by the head.
    const staffApi = await signInToApi(env.server.baseUrl, 'kjj_staff');
    const managerApi = await signInToApi(env.server.baseUrl, 'kjj_manager');
    const { report } = await staffApi.request<{ report: { id: number; version: number } }>('PUT', `/api/items/${led[0]!.id}/reports/${period}`, {
      progressState: 'in_progress',
      completionPercent: 30,
      progress: '已启动前期调研。',
      problems: null,
      nextSteps: null,
    });
    await managerApi.request('POST', `/api/reports/${report.id}/submit`, { version: report.version });

    await hq.page.reload();
    await settle(hq.page);
    await expect.poll(async () => row.locator('.cycle-progress__rate-of').textContent()).toBe(`${reportedBefore + 1}/${owed}`);
    const rateAfter = Number(/(\d+)%/.exec((await row.locator('.cycle-progress__rate').textContent()) ?? '')![1]);
    expect(rateAfter).toBe(Math.floor(((reportedBefore + 1) * 100) / owed));
    expect(rateAfter).toBeGreaterThan(rateBefore);

    // 催报: one click; the office is told what went out, and the row records it.
    await row.getByRole('button', { name: '催报市科技局' }).click();
    await expect.poll(() => hq.page.getByText(/已向市科技局发出催报：\d+ 人收到通知。邮件已发送 1 封。/).count()).toBe(1);
    await expect.poll(() => row.getByText(/已催报 1 次，最近/).count()).toBe(1);
    await expect.poll(() => received.length).toBe(1);
    expect(received[0]!.to).toEqual(['kjj_staff@example.gov.cn']);
    // A second click at once is refused, with the reason.
    await row.getByRole('button', { name: '催报市科技局' }).click();
    await expect.poll(() => hq.page.getByRole('alert').filter({ hasText: '10 分钟内不重复催报' }).count()).toBe(1);
    expect(received).toHaveLength(1);
    await saveScreenshot(hq.page, 'cycles-progress');

    // The clerk sees it on the bell and on the notifications page.
    const staff = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(staff.context, 'kjj_staff');
    await staff.page.goto('/notifications');
    await settle(staff.page);
    await expect.poll(() => staff.page.getByRole('button', { name: /^通知，/ }).getAttribute('aria-label')).toBe('通知，1 条未读');
    await expect
      .poll(() =>
        staff.page
          .getByRole('list', { name: '通知' })
          .getByText(/指挥部办公室催报/)
          .count(),
      )
      .toBe(1);
    expect([...hq.pageErrors, ...staff.pageErrors]).toEqual([]);
  });

  it('after a deadline has passed, 催报全部逾期部门 reminds every overdue department at once', async () => {
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const { asOf } = await office.request<{ asOf: string }>('GET', '/api/dashboard/summary');
    const [year, quarter] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5))];
    const previous = quarter === 1 ? `${year - 1}Q4` : `${year}Q${quarter - 1}`;
    const { cycle } = await office.request<{ cycle: { periodLabel: string } }>('POST', '/api/cycles', { period: previous, deadline: '2020-01-10' });
    const before = received.length;

    const hq = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(hq.context, 'hq');
    await hq.page.goto('/reporting/cycles');
    await settle(hq.page);
    await hq.page.getByRole('combobox', { name: '报送周期' }).click();
    await hq.page.locator('.ant-select-item-option', { hasText: cycle.periodLabel }).click();
    await expect.poll(() => scienceBureauRow(hq.page).getByText('逾期').count()).toBe(1);
    await hq.page.getByRole('button', { name: '催报全部逾期部门' }).click();
    await expect.poll(() => hq.page.getByText(/^已催报 \d+ 个逾期部门，\d+ 人收到通知。邮件已发送 1 封。$/).count()).toBe(1);
    await expect
      .poll(() =>
        scienceBureauRow(hq.page)
          .getByText(/已催报 1 次，最近/)
          .count(),
      )
      .toBe(1);
    await expect.poll(() => received.length).toBe(before + 1);
    expect(await findSeriousAccessibilityProblems(hq.page)).toEqual([]);
    expect(hq.pageErrors).toEqual([]);
  });

  it('fits a 390 px phone, with no serious accessibility problem', async () => {
    const phone = await openSession(env.browser, env.server.baseUrl, { viewport: { width: 390, height: 844 }, isMobile: true });
    await signInQuickly(phone.context, 'hq');
    await phone.page.goto('/reporting/cycles');
    await settle(phone.page);
    await expect.poll(() => scienceBureauRow(phone.page).count()).toBe(1);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await findSeriousAccessibilityProblems(phone.page)).toEqual([]);
    expect(phone.pageErrors).toEqual([]);
  });
});
