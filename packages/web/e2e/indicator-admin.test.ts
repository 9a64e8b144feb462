import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findSeriousAccessibilityProblems } from './support/accessibility.js';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

/** The office adds, edits and retires key indicators on the indicators page (issue #16, bug 12). */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };

interface ListedIndicator {
  id: number;
  name: string;
  target: { value: string | null; year: number | null };
  yearlyTargets: { year: number; value: string }[];
  retiredAt?: string | null;
}

async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: option }).first().click();
}

/** How far the page reaches past the phone's screen (0: nothing scrolls sideways). */
async function overflowOf(page: Page): Promise<number> {
  const widest = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, window.innerWidth));
  return Math.max(0, widest - PHONE.viewport.width);
}

describe('the office manages key indicators in the app', () => {
  const env = useServerAndBrowser();

  it('hq adds an indicator with its baseline and targets, edits its target, retires it and can still show it', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/indicators');
    await settle(page);

    await page.getByRole('button', { name: '新增指标' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('编号').fill('E2E-指标-1');
    await drawer.getByLabel('指标名称').fill('新能源汽车保有量');
    await drawer.getByLabel('单位').fill('万辆');
    await chooseOption(page, '方向', '数值越高越好');
    await drawer.getByLabel('基期年份').fill('2022');
    await drawer.getByLabel('基期值').fill('3.5');
    await drawer.getByLabel('目标年份').fill('2025');
    // A figure that is not a number is explained, not silently changed.
    await drawer.getByLabel('规划目标值').fill('八万辆');
    await drawer.getByRole('button', { name: '添加年度目标' }).click();
    await drawer.getByLabel('年份', { exact: true }).fill('2023');
    await drawer.getByLabel('目标值', { exact: true }).fill('4.6');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => drawer.textContent()).toContain('请输入数字，如 2.8 或 -0.5');
    await drawer.getByLabel('规划目标值').fill('8');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已新增指标“新能源汽车保有量”').waitFor();

    const office = await signInToApi(env.server.baseUrl, 'hq');
    const find = async (retired = 'include') =>
      (await office.request<{ indicators: ListedIndicator[] }>('GET', `/api/indicators?q=E2E-%E6%8C%87%E6%A0%87-1&retired=${retired}`)).indicators;
    expect(await find()).toEqual([
      expect.objectContaining({
        name: '新能源汽车保有量',
        target: expect.objectContaining({ value: '8', year: 2025 }),
        yearlyTargets: [{ year: 2023, value: '4.6' }],
      }),
    ]);

    await page.goto(`/indicators?q=${encodeURIComponent('E2E-指标-1')}`);
    await settle(page);
    await page.getByRole('button', { name: '编辑 新能源汽车保有量' }).click();
    await expect.poll(() => drawer.getByLabel('规划目标值').inputValue()).toBe('8');
    await drawer.getByLabel('规划目标值').fill('9.5');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('指标已保存').waitFor();
    await expect.poll(async () => (await find())[0]?.target.value).toBe('9.5');
    await expect.poll(() => page.locator('.ledger-table').textContent()).toContain('9.5');

    await page.getByRole('button', { name: '停用 新能源汽车保有量' }).click();
    await page.getByText('停用后，该指标不再出现在指标列表').waitFor();
    await page.getByRole('button', { name: '确认停用' }).click();
    await page.getByText('已停用指标“新能源汽车保有量”').waitFor();
    await expect.poll(() => page.getByRole('link', { name: '新能源汽车保有量' }).count()).toBe(0);
    expect(await find('exclude')).toEqual([]);

    await page.getByRole('switch', { name: '显示已停用指标' }).click();
    await page.getByRole('link', { name: '新能源汽车保有量' }).waitFor();
    expect(await page.locator('.indicator-retired-tag').textContent()).toBe('已停用');
    await page.getByRole('button', { name: '恢复 新能源汽车保有量' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('on a phone the indicators page and the indicator form fit the screen and pass the accessibility check', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl, PHONE);
    await signInQuickly(context, 'hq');
    await page.goto('/indicators');
    await settle(page);
    expect(await overflowOf(page)).toBe(0);
    expect(await findSeriousAccessibilityProblems(page)).toEqual([]);

    await page.getByRole('button', { name: '新增指标' }).click();
    await page.getByRole('dialog').getByLabel('编号').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '添加年度目标' }).click();
    expect(await overflowOf(page)).toBe(0);
    const drawerBox = (await page.getByRole('dialog').boundingBox())!;
    expect(drawerBox.width).toBeLessThanOrEqual(PHONE.viewport.width);
    expect(await findSeriousAccessibilityProblems(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
