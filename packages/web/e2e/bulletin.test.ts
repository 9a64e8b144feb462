import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

/**
 * The quarterly bulletin from the web app: the office changes the bulletin's texts in the settings,
 * then picks a quarter on the dashboard or on the cycles page and receives the Word document.
 */
describe('the quarterly bulletin', () => {
  const env = useServerAndBrowser();

  it('the office saves its 字号 prefix in the settings', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/admin/settings');
    await settle(page);
    const form = page.getByRole('form', { name: '季度通报' });
    await expect.poll(() => form.count()).toBe(1);
    await form.getByLabel('发文字号前缀（机关代字，如“威绿发办”）').fill('威绿发办');
    await form.getByRole('button', { name: '保存通报设置' }).click();
    await expect.poll(() => page.getByText('通报设置已保存').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the office picks a quarter on the dashboard, clicks 下载季度通报 and receives the .docx', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/dashboard');
    await settle(page);
    await page.getByRole('button', { name: '下载季度通报' }).click();
    const dialog = page.getByRole('dialog', { name: '下载季度通报' });
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByLabel('通报季度').selectOption('2023Q2');
    expect(await findSeriousAccessibilityProblems(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: /下载 Word 通报/ }).click()]);
    expect(download.suggestedFilename()).toBe('2023年二季度推进情况通报.docx');
    const content = fs.readFileSync((await download.path())!);
    expect(content.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(download.url()).toContain('quarter=2023Q2');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the cycles page offers the same download, starting from a quarter of the plan', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/reporting/cycles');
    await settle(page);
    await page.getByRole('button', { name: '下载季度通报' }).click();
    const dialog = page.getByRole('dialog', { name: '下载季度通报' });
    await dialog.getByLabel('通报季度').selectOption('2024Q1');
    await dialog.getByLabel('发文字号序号').fill('4');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: /下载 Word 通报/ }).click()]);
    expect(download.suggestedFilename()).toBe('2024年一季度推进情况通报.docx');
    expect(download.url()).toContain('number=4');
    expect(
      fs
        .readFileSync((await download.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
