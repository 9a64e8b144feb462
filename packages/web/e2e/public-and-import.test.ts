import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

describe('public progress and ledger import', () => {
  const env = useServerAndBrowser();

  it('anyone reaches the public page from the login page and sees a public item, never a non-public one', async () => {
    const hq = await signInToApi(env.server.baseUrl, 'hq');
    const { items } = await hq.request<{ items: { id: number; title: string; version: number }[] }>('GET', '/api/items?pageSize=2');
    const [shown, hidden] = items;
    expect(shown && hidden).toBeTruthy();
    await hq.request('PATCH', `/api/items/${shown!.id}`, { version: shown!.version, isPublic: true });

    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await page.goto('/login');
    await page.getByRole('link', { name: /政务公开/ }).click();
    await settle(page);
    expect(new URL(page.url()).pathname).toBe('/public');
    await expect.poll(() => page.getByText(shown!.title, { exact: true }).count()).toBe(1);
    expect(await page.getByText(hidden!.title, { exact: true }).count()).toBe(0);
    // No staff names or sample accounts' names on the page.
    const text = (await page.locator('body').textContent()) ?? '';
    for (const secret of ['填报员', '联系人', '联系电话', '佐证']) expect(text).not.toContain(secret);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the office previews a bad file and sees its problems listed with sheet, row and column', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/dashboard');
    await settle(page);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '台账导入' }).click();
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('台账导入');
    await page.locator('input[type="file"]').setInputFiles({
      name: '坏文件.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('not a workbook'),
    });
    await page.getByRole('button', { name: /预\s*览/ }).click();
    await settle(page);
    // A file that is not a workbook: the server says why, as a problem or as an error message.
    await expect.poll(async () => (await page.locator('.import-problems tbody tr').count()) + (await page.getByRole('alert').count())).toBeGreaterThan(0);
    expect(
      await page
        .getByRole('button', { name: '确认导入' })
        .isEnabled()
        .catch(() => false),
    ).toBe(false);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the office previews a re-imported ledger and reads each change under the ledger’s own column names', async () => {
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const { items } = await office.request<{ items: { id: number }[] }>('GET', '/api/items?ledger=master&pageSize=1');
    await office.request('PUT', `/api/items/${items[0]!.id}/quarterly-plans/2023Q2`, { milestone: '完成方案编制', cumulativePercent: 20 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await office.download('/api/exports/ledger?ledger=master')).buffer);
    // The office rewrites the milestone as a share of the year's task.
    workbook.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.text === '完成方案编制（累计20%）') cell.value = '完成年度任务的50%';
      }),
    );

    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/imports');
    await settle(page);
    await page.locator('input[type="file"]').setInputFiles({
      name: '总台账.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    await page.getByRole('button', { name: /预\s*览/ }).click();
    await settle(page);
    const changes = page.locator('.import-changes');
    await expect.poll(() => changes.count()).toBe(1);
    for (const label of ['2023年二季度推进计划', '2023年二季度计划完成', '2023年二季度计算口径']) {
      expect(await changes.getByText(label, { exact: true }).count()).toBe(1);
    }
    expect(await changes.textContent()).not.toContain('quarterlyPlans.');
    expect(await changes.getByText('年度（占当年任务）').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
