import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

describe('the 调度会 handout from the ledger page', () => {
  const env = useServerAndBrowser();

  it('the office downloads the quarter’s 推进情况表 with the page’s filters, grouped by leader', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/ledgers?area=1&asOf=2023Q2');
    await settle(page);

    await page.getByRole('button', { name: /导出推进情况表/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '按分管市领导分组' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^2023年二季度推进情况表_总台账_1_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = fs.readFileSync((await download.path())!);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(file).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('2023年二季度推进情况表');
    expect(String(sheet.getCell('A2').value)).toContain('领域：1');
    expect(String(sheet.getCell('A2').value)).toContain('按分管市领导');
    const codes: string[] = [];
    sheet.eachRow((row, number) => {
      const code = row.getCell(1).value;
      if (number > 3 && typeof code === 'string' && /^\d+-\d+$/.test(code)) codes.push(code);
    });
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => code.startsWith('1-'))).toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
