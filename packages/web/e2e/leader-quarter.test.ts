import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import { signInToApi } from './support/api-session.js';
import { fillDate, openSession, settle, signIn, signInQuickly } from './support/browser.js';
import { LEADER, giveTheLeaderAPortfolio } from './support/leader-portfolio.js';
import type { PortfolioItem } from './support/leader-portfolio.js';
import { saveScreenshot } from './support/screenshots.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };

/** The item rows on the ledger page (not the area headings), and how many name the leader in their 分管市领导 cell. */
async function leaderCells(page: Page) {
  const rows = page.locator('.ant-table-row').filter({ has: page.locator('a[href^="/items/"]') });
  await rows.first().waitFor();
  return { rows: await rows.count(), theLeaders: await rows.filter({ hasText: LEADER }).count() };
}

async function instructionSection(page: Page, itemId: number) {
  await page.goto(`/items/${itemId}`);
  await settle(page);
  const section = page.locator('#instructions');
  await section.waitFor();
  return section;
}

async function expectFitsAPhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.viewport.width);
  expect(await findSeriousAccessibilityProblems(page)).toEqual([]);
}

describe('a quarter as a city leader works it', () => {
  const env = useServerAndBrowser();

  it('the leader opens a count on 我的分管 and sees only their items, writes a 批示; the department acknowledges and answers it', async () => {
    const [item] = await giveTheLeaderAPortfolio(env.server.baseUrl);
    const target = item!;

    // The leader signs in and lands on 我的分管; every count opens their own items only.
    const leader = await openSession(env.browser, env.server.baseUrl);
    await signIn(leader.page, 'leader');
    await leader.page.waitForURL((url) => url.pathname === '/portfolio');
    await settle(leader.page);
    expect(await findSeriousAccessibilityProblems(leader.page)).toEqual([]);
    await saveScreenshot(leader.page, 'leader-portfolio');
    await leader.page.locator('a.status-totals__count').first().click();
    await leader.page.waitForURL((url) => url.pathname === '/ledgers' && url.searchParams.has('leader'));
    await settle(leader.page);
    const listed = await leaderCells(leader.page);
    expect(listed.rows).toBe(2);
    expect(listed.theLeaders).toBe(listed.rows);

    // On the item, the leader writes a 批示: delivered (送达) to 市科技局.
    const instruction = '请倒排工期，本季度末前完成招标。';
    let section = await instructionSection(leader.page, target.id);
    await section.getByLabel('批示内容').fill(instruction);
    await section.getByRole('button', { name: '提交批示' }).click();
    await expect.poll(() => section.getByText('已送达').count()).toBe(1);

    // The department's clerk finds it in the notifications, acknowledges it (阅办) and answers (落实反馈).
    const staff = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(staff.context, 'kjj_staff');
    await staff.page.goto('/notifications');
    await settle(staff.page);
    const notice = staff.page.getByRole('list', { name: '通知' }).getByRole('button', { name: /领导批示/ });
    await expect.poll(() => notice.count()).toBe(1);
    // Above the notifications, the 批示 waiting for the department, with its item.
    expect(await staff.page.locator('#open-instructions').getByText(target.code).count()).toBe(1);
    await notice.click();
    await staff.page.waitForURL((url) => url.pathname === `/items/${target.id}`);
    await settle(staff.page);
    section = staff.page.locator('#instructions');
    await section.getByRole('button', { name: /^阅\s*办$/ }).click();
    await expect.poll(() => section.getByText('已阅办').count()).toBe(1);
    const feedback = '已召开专题会，12月20日前完成招标。';
    await section.getByRole('button', { name: '落实反馈' }).click();
    const dialog = staff.page.getByRole('dialog');
    await dialog.getByLabel('落实反馈').fill(feedback);
    await dialog.getByRole('button', { name: '提交反馈' }).click();
    await expect.poll(() => section.getByText('已落实反馈').count()).toBe(1);
    expect(await findSeriousAccessibilityProblems(staff.page)).toEqual([]);

    // The leader sees the feedback on the item, with who acknowledged it.
    section = await instructionSection(leader.page, target.id);
    await expect.poll(() => section.getByText(feedback).count()).toBe(1);
    expect(await section.getByText('已落实反馈').count()).toBe(1);
    expect(await section.getByRole('button', { name: /^阅\s*办$/ }).count()).toBe(0);
    await section.scrollIntoViewIfNeeded();
    await saveScreenshot(leader.page, 'leader-instruction-answered');

    for (const session of [leader, staff]) expect(session.pageErrors).toEqual([]);
    await Promise.all([leader.context.close(), staff.context.close()]);
  });

  it('the office issues a 红牌 order and the tag shows on the item; the leader’s pages fit a phone', async () => {
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const { items } = await office.request<{ items: PortfolioItem[] }>('GET', '/api/items?department=市科技局&pageSize=200');
    const target = items.find((item) => item.responsibility.leadDepartment?.shortName === '市科技局')!;

    const hq = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(hq.context, 'hq');
    await hq.page.goto(`/items/${target.id}`);
    await settle(hq.page);
    const section = hq.page.locator('#supervision');
    await section.getByRole('button', { name: '下发督办单' }).click();
    const dialog = hq.page.getByRole('dialog');
    await dialog.getByLabel('督办事由').fill('连续两个季度严重滞后，请说明原因。');
    await fillDate(dialog.getByLabel('反馈期限'), '2099-12-31');
    await dialog.getByRole('radio', { name: '红牌督办' }).check();
    await dialog.getByRole('button', { name: /^下\s*发$/ }).click();
    await expect.poll(() => section.getByText('红牌督办').count()).toBeGreaterThan(0);
    expect(hq.pageErrors).toEqual([]);

    const phone = await openSession(env.browser, env.server.baseUrl, PHONE);
    await signInQuickly(phone.context, 'leader');
    await phone.page.goto('/portfolio');
    await settle(phone.page);
    await expectFitsAPhone(phone.page);
    await saveScreenshot(phone.page, 'leader-portfolio-phone');
    await phone.page.goto(`/items/${target.id}`);
    await settle(phone.page);
    await expect.poll(() => phone.page.locator('#supervision').getByText('红牌督办').count()).toBeGreaterThan(0);
    await expectFitsAPhone(phone.page);
    expect(phone.pageErrors).toEqual([]);
    await Promise.all([hq.context.close(), phone.context.close()]);
  });
});
