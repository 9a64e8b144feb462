import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

describe('importing past progress (历史数据导入)', () => {
  const env = useServerAndBrowser();

  it('the office imports a quarter’s progress workbook, sees it by quarter and department, commits, and the dashboard of that quarter judges it', async () => {
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const { cycles } = await office.request<{ cycles: { period: string }[] }>('GET', '/api/cycles');
    const period = ['2023Q1', '2023Q2', '2023Q3', '2023Q4'].find((p) => !cycles.some((c) => c.period === p))!;
    const { items } = await office.request<{ items: { code: string; title: string; leadDepartment: { shortName: string } | null }[] }>(
      'GET',
      '/api/items?ledger=master&pageSize=2',
    );
    const workbook = new ExcelJS.Workbook();
    const year = period.slice(0, 4);
    const quarterName = ['一', '二', '三', '四'][Number(period.slice(5)) - 1];
    const sheet = workbook.addWorksheet(`${year}年${quarterName}季度`);
    sheet.addRow(['序号', '重点任务', '进展情况', '完成比例', '存在问题']);
    sheet.addRow([items[0]!.code, items[0]!.title, '已全部完成', 100, null]);
    sheet.addRow([items[1]!.code, items[1]!.title, '按计划推进', 30, '资金未到位']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    // The README's example of the one-quarter layout is this very file, written on every run.
    const examples = fileURLToPath(new URL('../../../docs/examples/', import.meta.url));
    mkdirSync(examples, { recursive: true });
    writeFileSync(`${examples}progress-import-one-quarter.xlsx`, buffer);
    const summary = (): Promise<{ totals: Record<string, number> }> => office.request('GET', `/api/dashboard/summary?asOf=${period}`);
    const before = (await summary()).totals;

    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/imports');
    await settle(page);
    await page.getByText('历史进展（往季度报告）').click();
    await page.locator('input[type="file"]').setInputFiles({
      name: '往季度进展.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await page.getByRole('button', { name: /预\s*览/ }).click();
    await settle(page);
    const preview = page.locator('#progress-import-preview');
    await expect.poll(() => preview.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await preview.textContent()).toContain(`${year}年`);
    await page.getByRole('button', { name: '确认导入' }).click();
    await settle(page);
    await expect.poll(() => page.getByText('已导入的报告（按季度、部门）').count()).toBe(1);

    // The quarter, never reported in the app, is now judged from the file: one more task completed.
    const after = (await summary()).totals;
    expect(after.completed).toBe((before.completed ?? 0) + 1);
    // And the office sees it on the dashboard of that quarter.
    await page.goto(`/dashboard?asOf=${period}`);
    await settle(page);
    const completed = page.locator('.status-totals__card', { hasText: '已完成' }).locator('.status-totals__count');
    await expect.poll(async () => Number(await completed.textContent())).toBe(after.completed);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
