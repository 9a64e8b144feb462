import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

interface ApiDepartment {
  shortName: string;
  aliases: { alias: string }[];
}

/**
 * The administration pages and the item's history, end to end: the system administrator names a
 * department by one more alias, the office edits an item and sees it in the item's history, and the
 * auditor finds both changes in the audit log and exports them.
 */
describe('administration: departments, item history, audit log', () => {
  const env = useServerAndBrowser();
  const alias = `科技局别名${Date.now() % 100_000}`;
  const remark = `e2e备注${Date.now() % 100_000}`;

  it('the system administrator adds an alias to a department', async () => {
    const { page, context } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'sysadmin');
    await page.goto('/admin/departments');
    await settle(page);
    expect(await findSeriousAccessibilityProblems(page)).toEqual([]);
    await page.getByLabel('搜索部门').fill('市科技局');
    await page.getByRole('button', { name: '别名与科室 市科技局' }).click();
    await page.getByLabel('新别名').fill(alias);
    await page.getByRole('button', { name: '添加别名' }).click();
    await expect.poll(() => page.locator('.department-aliases').getByText(alias).count()).toBe(1);

    const admin = await signInToApi(env.server.baseUrl, 'sysadmin');
    const { departments } = await admin.request<{ departments: ApiDepartment[] }>('GET', '/api/departments');
    expect(departments.find((d) => d.shortName === '市科技局')?.aliases.map((a) => a.alias)).toContain(alias);
    await context.close();
  });

  it('the office edits an item and the item page’s history shows the change', async () => {
    const { page, context } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/items/1');
    await settle(page);
    await page.getByRole('button', { name: '编辑事项' }).click();
    await page.getByLabel('备注').fill(remark);
    // The date comes from Ant Design's date picker (typed as people write it, or picked).
    const deadline = page.getByLabel('完成日期');
    await deadline.click();
    await deadline.fill('2025-06-30');
    await deadline.press('Enter');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const history = page.locator('#item-history');
    await expect.poll(() => history.getByText(remark, { exact: false }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('修改事项');
    expect(text).toContain('备注');
    expect(text).toContain('指挥部办公室');
    const office = await signInToApi(env.server.baseUrl, 'hq');
    expect((await office.request<{ item: { deadline: string | null } }>('GET', '/api/items/1')).item.deadline).toBe('2025-06-30');
    await context.close();
  });

  it('the auditor finds those changes in the audit log and exports them', async () => {
    const { page, context } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'auditor');
    await page.goto('/admin/audit');
    await settle(page);
    expect(await findSeriousAccessibilityProblems(page)).toEqual([]);

    await page.getByLabel('关键词').fill('department.alias_add');
    await page.getByRole('button', { name: /检\s*索/ }).click();
    const table = page.locator('#audit-entries');
    // Each action by its name, its code (which auditors search by) on hover, not as a second line.
    await expect.poll(() => table.getByText('添加部门别名').count()).toBeGreaterThan(0);
    expect(await table.locator('[title="department.alias_add"]').count()).toBeGreaterThan(0);
    expect(await table.getByText('department.alias_add', { exact: true }).count()).toBe(0);
    expect(await table.getByText('sysadmin').count()).toBeGreaterThan(0);

    await page.getByLabel('关键词').fill('item.update');
    await page.getByRole('button', { name: /检\s*索/ }).click();
    await expect.poll(() => table.getByText('修改事项').count()).toBeGreaterThan(0);
    // The row opens to show before and after.
    await table
      .getByRole('button', { name: /展开|Expand/ })
      .first()
      .click();
    await expect.poll(() => table.locator('.audit-snapshots').first().textContent()).toContain(remark);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出 CSV/ }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('item.update');
    expect(csv).toContain(remark);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    // The date range is picked with the calendar (typed dates are accepted too): a range that starts
    // after today finds nothing, one that starts today finds the changes again.
    const from = page.getByLabel('开始日期');
    await from.click();
    await from.fill('2099-01-01');
    await from.press('Enter');
    await page.getByRole('button', { name: /检\s*索/ }).click();
    await expect.poll(() => table.getByText('修改事项').count()).toBe(0);
    await from.click();
    await from.fill(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
    await from.press('Enter');
    await page.getByRole('button', { name: /检\s*索/ }).click();
    await expect.poll(() => table.getByText('修改事项').count()).toBeGreaterThan(0);
    await context.close();
  });
});
