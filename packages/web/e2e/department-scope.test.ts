import { describe, expect, it } from 'vitest';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signIn } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

interface ItemPage {
  items: { id: number; code: string; responsibility: { leadDepartment: { shortName: string } | null; coDepartments: { shortName: string }[] } }[];
  total: number;
}

describe('a department user', () => {
  const env = useServerAndBrowser();

  it('sees only its own department’s items and none of the office’s menus', async () => {
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const everything = await office.request<ItemPage>('GET', '/api/items?pageSize=200');
    const others = everything.items.filter(
      (item) => item.responsibility.leadDepartment?.shortName !== '市科技局' && !item.responsibility.coDepartments.some((d) => d.shortName === '市科技局'),
    );
    expect(others.length).toBeGreaterThan(0);

    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signIn(page, 'kjj_staff');
    // A department lands on what it owes this quarter; its own items are one click away.
    expect(new URL(page.url()).pathname).toBe('/reporting');
    await page.goto('/ledgers');
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('我的事项');

    const menu = page.getByRole('navigation', { name: '主导航' });
    await expect.poll(() => menu.getByRole('link').count()).toBeGreaterThan(0);
    const menuItems = await menu.getByRole('link').allTextContents();
    expect(menuItems).toEqual(['我的事项', '季度填报']);
    for (const officeOnly of ['总览', '报送审核', '督查督办', '报送周期', '部门与别名', '用户管理', '审计日志']) expect(menuItems).not.toContain(officeOnly);

    // Every row belongs to 市科技局 (as lead or co-operating department); no other department's item appears.
    const rows = page.locator('.ledger-table tbody tr[data-row-key^="item-"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const codes = await page.locator('.ledger-table tbody tr[data-row-key^="item-"] .ledger-cell__code').allTextContents();
    for (const other of others) expect(codes).not.toContain(other.code);
    for (const text of await rows.allTextContents()) expect(text).toContain('市科技局');
    // No department filter for a department: it could only ever choose itself.
    expect(await page.getByRole('combobox', { name: '责任单位' }).count()).toBe(0);

    // Another department's item, asked for by address, is "not found", and office pages are refused.
    await page.goto(`/items/${others[0]!.id}`);
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { name: '未找到' }).count()).toBe(1);
    await page.goto('/dashboard');
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { name: '无权访问' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a department head may edit the quarterly plan of its items, but not the item itself', async () => {
    const { page, context } = await openSession(env.browser, env.server.baseUrl);
    await signIn(page, 'kjj_manager');
    await page.goto('/ledgers');
    await settle(page);
    await page.locator('.ledger-table tbody tr[data-row-key^="item-"] a').first().click();
    await settle(page);
    await expect.poll(() => page.getByRole('button', { name: /编辑2023年一季度推进计划/ }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '编辑事项' }).count()).toBe(0);
    await context.close();
  });
});
