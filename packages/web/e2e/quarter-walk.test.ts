import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { signInToApi } from './support/api-session.js';
import type { BrowserSession } from './support/browser.js';
import { fillDate, openSession, settle, signIn } from './support/browser.js';
import { LEADER, giveTheLeaderAPortfolio } from './support/leader-portfolio.js';
import { startMailbox } from './support/mailbox.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

/**
 * One quarter, as every role works it, all through the app (only the data the office would have
 * imported is arranged through the API): the office opens the cycle; the clerk reports against the
 * plan with evidence; the head submits several at once; the office reads the cycle's 报送率, filters
 * its queue, approves two and returns one; the department corrects and resubmits; the office reminds
 * (催报) the department, which finds it on the bell and in its mailbox; the leader opens a count on
 * 我的分管, sees only their items, writes a 批示, and the department acknowledges and answers it.
 * The whole walk runs on a desktop and again on a 390 px phone, each on its own server.
 */
const SCREENS = [
  ['desktop', { viewport: { width: 1440, height: 900 }, isMobile: false }],
  ['390 px phone', { viewport: { width: 390, height: 844 }, isMobile: true }],
] as const;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

interface ApiItem {
  id: number;
  code: string;
  pilot: unknown;
  responsibility: { leadDepartment: { shortName: string } | null };
}

/** What 市科技局 has reported of what it owes: the “3/12” under its 报送率. */
async function reportedOfOwed(page: Page): Promise<[number, number]> {
  await page.goto('/reporting/cycles');
  await settle(page);
  const figure = page.locator('#cycle-progress tbody tr', { hasText: '市科技局' }).locator('.cycle-progress__rate-of');
  await expect.poll(() => figure.count()).toBe(1);
  return ((await figure.textContent()) ?? '').split('/').map(Number) as [number, number];
}

function expectNoErrors(...sessions: BrowserSession[]): void {
  for (const session of sessions)
    expect({ pageErrors: session.pageErrors, consoleErrors: session.consoleErrors }).toEqual({ pageErrors: [], consoleErrors: [] });
}

/** Where the 催报 e-mails arrive (both walks; each counts its own). */
const mailbox = await startMailbox();
afterAll(() => mailbox.close());

describe.each(SCREENS)('a whole quarter, every role, on a %s', (_name, screen) => {
  // Only the office's 催报 sends mail here, not the scheduled reminders.
  const env = useServerAndBrowser({ PLANTRACK_SMTP_URL: mailbox.url, PLANTRACK_REMIND_EVERY_MINUTES: '0' });

  it('runs from opening the cycle to the department’s answer to the leader’s 批示', async () => {
    const mailsBefore = mailbox.received.length;
    // What the office would have imported: this quarter's plan for three of 市科技局's tasks, two of
    // them in 孙副市长's charge, and the clerk's e-mail address.
    const [leaderItem] = await giveTheLeaderAPortfolio(env.server.baseUrl);
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const { asOf: period } = await office.request<{ asOf: string }>('GET', '/api/dashboard/summary');
    const { items } = await office.request<{ items: ApiItem[] }>('GET', '/api/items?department=市科技局&pageSize=200');
    const own = items.filter((item) => item.responsibility.leadDepartment?.shortName === '市科技局' && !item.pilot);
    const tasks = [own.find((item) => item.id === leaderItem!.id)!, ...own.filter((item) => item.id !== leaderItem!.id).slice(0, 2)];
    expect(tasks.every(Boolean) && tasks.length === 3).toBe(true);
    const [first, second, third] = tasks as [ApiItem, ApiItem, ApiItem];
    for (const item of tasks) {
      await office.request('PUT', `/api/items/${item.id}/quarterly-plans/${period}`, {
        milestone: '完成阶段建设任务',
        cumulativePercent: 50,
        basis: 'cumulative',
      });
    }
    const admin = await signInToApi(env.server.baseUrl, 'sysadmin');
    const { users } = await admin.request<{ users: { id: number; username: string; version: number }[] }>('GET', '/api/users');
    const clerkAccount = users.find((user) => user.username === 'kjj_staff')!;
    await admin.request('PATCH', `/api/users/${clerkAccount.id}`, { version: clerkAccount.version, email: 'kjj_staff@example.gov.cn' });

    // 1. The office opens the quarter for reporting.
    const hq = await openSession(env.browser, env.server.baseUrl, screen);
    await signIn(hq.page, 'hq');
    await hq.page.goto('/reporting/cycles');
    await settle(hq.page);
    await hq.page.getByRole('combobox', { name: '季度' }).selectOption(period);
    await fillDate(hq.page.getByLabel('截止日期'), '2099-12-31');
    await hq.page.getByRole('button', { name: /开\s*启/ }).click();
    await expect.poll(() => hq.page.getByText(/^已开启.+报送周期，截止/).count()).toBe(1);
    const [reportedAtOpening, owed] = await reportedOfOwed(hq.page);
    expect(reportedAtOpening).toBe(0);
    expect(owed).toBeGreaterThanOrEqual(3);

    // 2. The clerk lands on what is owed and drafts the first report against the plan, with evidence.
    const clerk = await openSession(env.browser, env.server.baseUrl, screen);
    await signIn(clerk.page, 'kjj_staff');
    expect(new URL(clerk.page.url()).pathname).toBe('/reporting');
    await settle(clerk.page);
    await clerk.page.getByRole('link', { name: `填报 ${first.code}`, exact: true }).click();
    await settle(clerk.page);
    await expect.poll(() => clerk.page.getByRole('region', { name: '本季度计划' }).textContent()).toContain('计划完成50%');
    await clerk.page.getByLabel('累计完成').fill('55');
    await clerk.page.getByLabel('进展情况').fill('主体工程完工，进入调试。');
    await clerk.page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => clerk.page.locator('.page-header').getByText('草稿').count()).toBe(1);
    await clerk.page.locator('#evidence input[type="file"]').setInputFiles({ name: '验收记录.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => clerk.page.getByRole('link', { name: '验收记录.pdf' }).count()).toBe(1);
    // The other two, the same way.
    for (const [item, percent] of [
      [second, '50'],
      [third, '20'],
    ] as const) {
      await clerk.page.goto(`/reporting/items/${item.id}/${period}`);
      await settle(clerk.page);
      await clerk.page.getByLabel('累计完成').fill(percent);
      await clerk.page.getByLabel('进展情况').fill('按计划推进。');
      await clerk.page.getByRole('button', { name: '保存草稿' }).click();
      await expect.poll(() => clerk.page.locator('.page-header').getByText('草稿').count()).toBe(1);
    }

    // 3. The head submits the three drafts at once.
    const head = await openSession(env.browser, env.server.baseUrl, screen);
    await signIn(head.page, 'kjj_manager');
    expect(new URL(head.page.url()).pathname).toBe('/reporting');
    await settle(head.page);
    for (const item of tasks) await head.page.getByRole('checkbox', { name: `选择草稿 ${item.code}`, exact: true }).check();
    await head.page.getByRole('button', { name: '报送所选' }).click();
    await head.page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^报\s*送$/ })
      .click();
    await expect.poll(() => head.page.getByText('已报送 3 项，等待审核').count()).toBe(1);

    // 4. The cycles page shows the department's 报送率 move.
    expect(await reportedOfOwed(hq.page)).toEqual([3, owed]);

    // 5. The office narrows its queue to the department, approves two at once and returns the third.
    await hq.page.goto('/review');
    await settle(hq.page);
    await hq.page.getByRole('combobox', { name: '责任部门' }).click();
    await hq.page.keyboard.type('市科技局');
    await hq.page.keyboard.press('Enter');
    await expect.poll(() => new URL(hq.page.url()).searchParams.get('department')).not.toBeNull();
    await expect.poll(() => hq.page.getByRole('checkbox', { name: /^选择\S/ }).count()).toBe(3);
    for (const item of [first, second]) await hq.page.getByRole('checkbox', { name: `选择${item.code}`, exact: true }).check();
    await hq.page.getByRole('button', { name: '批量通过' }).click();
    await hq.page
      .getByRole('dialog')
      .getByRole('button', { name: /^通\s*过$/ })
      .click();
    await expect.poll(() => hq.page.getByText('批量审核完成：2 份全部成功').count()).toBe(1);
    const comment = '完成比例偏低，请说明原因并补充佐证。';
    await hq.page.getByRole('button', { name: `退回${third.code}`, exact: true }).click();
    const returnDialog = hq.page.getByRole('dialog');
    await returnDialog.getByLabel('审核意见').fill(comment);
    await returnDialog.getByRole('button', { name: /^退\s*回$/ }).click();
    await expect.poll(() => hq.page.getByText('暂无待审核的报送').count()).toBe(1);

    // 6. The clerk reads the comment above the fields and corrects; the head resubmits.
    await clerk.page.goto('/reporting');
    await settle(clerk.page);
    await expect.poll(() => clerk.page.getByText(`退回意见：${comment}`).count()).toBe(1);
    await clerk.page.getByRole('link', { name: `继续填报 ${third.code}`, exact: true }).click();
    await settle(clerk.page);
    await expect.poll(() => clerk.page.getByRole('alert').filter({ hasText: comment }).count()).toBe(1);
    await clerk.page.getByLabel('进展情况').fill('受用地审批影响延后，已协调自然资源部门，下季度追回进度。');
    await clerk.page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(() => clerk.page.getByText('草稿已保存').count()).toBeGreaterThan(0);
    await head.page.goto(`/reporting/items/${third.id}/${period}`);
    await settle(head.page);
    await head.page.getByRole('button', { name: /^报\s*送$/ }).click();
    await expect.poll(() => head.page.locator('.page-header').getByText('已报送').count()).toBe(1);
    // One action, one version.
    const { reports } = await office.request<{ reports: { id: number }[] }>('GET', `/api/reports?item=${third.id}&period=${period}`);
    const { report } = await office.request<{ report: { versions: { action: string }[] } }>('GET', `/api/reports/${reports[0]!.id}`);
    expect(report.versions.map((version) => version.action)).toEqual(['save', 'submit', 'return', 'save', 'submit']);

    // 7. The office reminds the department (催报): the clerk's bell and mailbox get it.
    await hq.page.goto('/reporting/cycles');
    await settle(hq.page);
    const row = hq.page.locator('#cycle-progress tbody tr', { hasText: '市科技局' });
    await row.getByRole('button', { name: '催报市科技局' }).click();
    await expect.poll(() => hq.page.getByText(/已向市科技局发出催报：\d+ 人收到通知。邮件已发送 1 封。/).count()).toBe(1);
    await expect.poll(() => mailbox.received.slice(mailsBefore).map((mail) => mail.to)).toEqual([['kjj_staff@example.gov.cn']]);
    await clerk.page.goto('/notifications');
    await settle(clerk.page);
    await expect
      .poll(() =>
        clerk.page
          .getByRole('list', { name: '通知' })
          .getByText(/指挥部办公室催报/)
          .count(),
      )
      .toBe(1);

    // 8. The leader lands on 我的分管; a count opens their own items only.
    const leader = await openSession(env.browser, env.server.baseUrl, screen);
    await signIn(leader.page, 'leader');
    expect(new URL(leader.page.url()).pathname).toBe('/portfolio');
    await settle(leader.page);
    await leader.page.locator('a.status-totals__count').first().click();
    await leader.page.waitForURL((url) => url.pathname === '/ledgers' && url.searchParams.has('leader'));
    await settle(leader.page);
    const rows = leader.page.locator('.ant-table-row').filter({ has: leader.page.locator('a[href^="/items/"]') });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.filter({ hasText: LEADER }).count()).toBe(2);

    // 9. The leader writes a 批示; the department acknowledges it (阅办) and answers (落实反馈).
    await leader.page.goto(`/items/${first.id}`);
    await settle(leader.page);
    const instruction = '请倒排工期，确保年底前通过验收。';
    let section = leader.page.locator('#instructions');
    await section.getByLabel('批示内容').fill(instruction);
    await section.getByRole('button', { name: '提交批示' }).click();
    await expect.poll(() => section.getByText('已送达').count()).toBe(1);
    await clerk.page.goto(`/items/${first.id}`);
    await settle(clerk.page);
    section = clerk.page.locator('#instructions');
    await expect.poll(() => section.getByText(instruction).count()).toBe(1);
    await section.getByRole('button', { name: /^阅\s*办$/ }).click();
    await expect.poll(() => section.getByText('已阅办').count()).toBe(1);
    const feedback = '已倒排工期，12月20日前完成验收。';
    await section.getByRole('button', { name: '落实反馈' }).click();
    const feedbackDialog = clerk.page.getByRole('dialog');
    await feedbackDialog.getByLabel('落实反馈').fill(feedback);
    await feedbackDialog.getByRole('button', { name: '提交反馈' }).click();
    await expect.poll(() => section.getByText('已落实反馈').count()).toBe(1);
    await leader.page.reload();
    await settle(leader.page);
    await expect.poll(() => leader.page.locator('#instructions').getByText(feedback).count()).toBe(1);

    expectNoErrors(hq, clerk, head, leader);
    await Promise.all([hq, clerk, head, leader].map((session) => session.context.close()));
  });
});
