import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import { signInToApi } from './support/api-session.js';
import { fillDate, openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

interface ApiItem {
  id: number;
  code: string;
  deadline: string | null;
  responsibility: { leadDepartment: { shortName: string } | null };
}

/** The item page's 督查督办 section, once its lists have loaded. */
async function openSupervisionSection(page: Page, itemId: number) {
  await page.goto(`/items/${itemId}`);
  await settle(page);
  const section = page.locator('#supervision');
  await section.waitFor();
  return section;
}

describe('the supervision loop (督查督办) in the browser', () => {
  const env = useServerAndBrowser();

  it('an order is issued, acknowledged, answered and closed; an extension is approved; a leader’s 批示 reaches the department', async () => {
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const { items } = await office.request<{ items: ApiItem[] }>('GET', '/api/items?department=市科技局&pageSize=200');
    const item = items.find((candidate) => candidate.responsibility.leadDepartment?.shortName === '市科技局');
    expect(item).toBeDefined();
    const target = item!;

    // The office issues a supervision order on the item, from its page.
    const hq = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(hq.context, 'hq');
    let section = await openSupervisionSection(hq.page, target.id);
    await section.getByRole('button', { name: '下发督办单' }).click();
    let dialog = hq.page.getByRole('dialog');
    await dialog.getByLabel('督办事由').fill('进度严重滞后，请说明原因并提出整改措施。');
    await fillDate(dialog.getByLabel('反馈期限'), '2099-12-31');
    await dialog.getByRole('button', { name: /^下\s*发$/ }).click();
    await expect.poll(() => section.getByText('已下发').count()).toBeGreaterThan(0);
    const { supervisionOrders } = await office.request<{ supervisionOrders: { id: number; code: string }[] }>(
      'GET',
      `/api/supervision-orders?item=${target.id}`,
    );
    const order = supervisionOrders[0]!;

    // The department head signs for it and answers.
    const manager = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(manager.context, 'kjj_manager');
    section = await openSupervisionSection(manager.page, target.id);
    await expect.poll(() => section.getByText(order.code).count()).toBeGreaterThan(0);
    await section.getByRole('button', { name: /^签\s*收$/ }).click();
    dialog = manager.page.getByRole('dialog');
    await dialog.getByLabel('承办联系人').fill('张联络');
    await dialog.getByLabel('联系电话').fill('0631-5200000');
    await dialog.getByRole('button', { name: /^签\s*收$/ }).click();
    await expect.poll(() => section.getByText('已签收').count()).toBeGreaterThan(0);
    await expect.poll(() => section.getByText('张联络 0631-5200000').count()).toBeGreaterThan(0);
    await section.getByRole('button', { name: /^反\s*馈$/ }).click();
    dialog = manager.page.getByRole('dialog');
    await dialog.getByLabel('反馈内容').fill('已召开专题会，本月底前完成招标。');
    await dialog.getByRole('button', { name: /^反\s*馈$/ }).click();
    await expect.poll(() => section.getByText('已反馈').count()).toBeGreaterThan(0);

    // The office finds it on the supervision page, reads the answer and closes it.
    await hq.page.goto('/supervision');
    await settle(hq.page);
    expect(await findSeriousAccessibilityProblems(hq.page)).toEqual([]);
    await hq.page.getByRole('button', { name: `查看督办单${order.code}`, exact: true }).click();
    const drawer = hq.page.getByRole('dialog');
    await expect.poll(() => drawer.getByText('已召开专题会，本月底前完成招标。').count()).toBeGreaterThan(0);
    await drawer.getByRole('button', { name: '办结销号' }).click();
    const closeDialog = hq.page.getByRole('dialog').filter({ hasText: `督办单 ${order.code} 办结销号` });
    await closeDialog.getByLabel('意见').fill('整改到位，予以销号。');
    await closeDialog.getByRole('button', { name: '办结销号' }).click();
    await expect.poll(() => drawer.getByText('整改到位，予以销号。').count()).toBeGreaterThan(0);
    await hq.page.keyboard.press('Escape');

    // The item page shows the order closed, with each step and who took it.
    section = await openSupervisionSection(hq.page, target.id);
    await section.getByRole('button', { name: new RegExp(order.code) }).click();
    await expect.poll(() => section.getByText('已办结').count()).toBeGreaterThan(0);
    for (const step of ['下发督办单', '签收', '反馈', '办结销号'])
      expect(await section.locator('.ant-timeline').getByText(step, { exact: true }).count()).toBe(1);

    // The department asks for a later deadline; the office approves it from its queue.
    section = await openSupervisionSection(manager.page, target.id);
    await section.getByRole('button', { name: '申请延期' }).click();
    dialog = manager.page.getByRole('dialog');
    await dialog.getByLabel('申请理由').fill('受用地审批影响，需顺延。');
    await fillDate(dialog.getByLabel('申请延至'), '2099-06-30');
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await expect.poll(() => section.getByText('待审批').count()).toBe(1);
    await hq.page.goto('/supervision?tab=extensions');
    await settle(hq.page);
    await hq.page.getByRole('button', { name: `批准${target.code}的延期申请`, exact: true }).click();
    await hq.page
      .getByRole('dialog')
      .getByRole('button', { name: /^批\s*准$/ })
      .click();
    await expect.poll(() => hq.page.getByText('暂无待审批的延期申请').count()).toBe(1);
    const { item: extended } = await office.request<{ item: ApiItem }>('GET', `/api/items/${target.id}`);
    expect(extended.deadline).toBe('2099-06-30');

    // A city leader writes an instruction; the department's clerk reads it on the item page.
    const instruction = '请市科技局倒排工期，确保年底前完成。';
    const leader = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(leader.context, 'leader');
    section = await openSupervisionSection(leader.page, target.id);
    await section.getByLabel('批示内容').fill(instruction);
    await section.getByRole('button', { name: '提交批示' }).click();
    await expect.poll(() => section.locator('blockquote').filter({ hasText: instruction }).count()).toBe(1);
    const staff = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(staff.context, 'kjj_staff');
    section = await openSupervisionSection(staff.page, target.id);
    await expect.poll(() => section.getByText(instruction).count()).toBe(1);
    // The clerk reads but does not write instructions or answer orders.
    expect(await section.getByRole('button', { name: '提交批示' }).count()).toBe(0);
    expect(await findSeriousAccessibilityProblems(staff.page)).toEqual([]);

    for (const session of [hq, manager, leader, staff]) expect(session.pageErrors).toEqual([]);
    await Promise.all([hq.context.close(), manager.context.close(), leader.context.close(), staff.context.close()]);
  });
});
