import { describe, expect, it } from 'vitest';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signIn, signInQuickly } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

describe('ledgers', () => {
  const env = useServerAndBrowser();

  it('the office signs in and sees the master ledger with the sample items, gaps in red', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signIn(page, 'hq');
    expect(new URL(page.url()).pathname).toBe('/dashboard');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '工作台账' }).click();
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('工作台账');
    const table = page.locator('.ledger-table');
    await expect.poll(() => table.getByRole('link', { name: '全面实施“拨投贷保”联动支持科技创新' }).count()).toBe(1);
    // Excel-like: numbered rows, area rows (一、…) between tasks, the ledger's own column names.
    for (const header of ['序号', '编号', '重点任务', '工作措施', '目标任务', '牵头市领导', '责任单位', '配合单位', '完成时限']) {
      await expect.poll(() => table.getByRole('columnheader', { name: header, exact: true }).count()).toBeGreaterThan(0);
    }
    expect(await table.getByText('一、深化科技创新引领，建设国家创新型城市').count()).toBe(1);
    // Sample data leaves leaders unnamed, so every chain is incomplete and says so in red.
    expect(await table.getByText('责任链不完整').first().isVisible()).toBe(true);
    // The tabs carry the item counts the API reports.
    expect(await page.getByRole('tab', { name: /总台账\s*42/ }).count()).toBe(1);
    await expect.poll(() => page.getByText('共 42 项').count()).toBe(1);

    await saveScreenshot(page, 'ledger');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('searching in Chinese and switching ledgers narrow the table, and the view lives in the address', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/ledgers');
    await settle(page);

    await page.getByRole('searchbox', { name: '搜索台账' }).fill('清洁生产');
    await page.getByRole('searchbox', { name: '搜索台账' }).press('Enter');
    await settle(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('清洁生产');
    const rows = page.locator('.ledger-table tbody tr[data-row-key^="item-"]');
    const everyRowMatches = async () => {
      const texts = await rows.allTextContents();
      return texts.length > 0 && texts.every((text) => text.includes('清洁生产'));
    };
    await expect.poll(everyRowMatches).toBe(true);

    await page.getByRole('tab', { name: /试点示范/ }).click();
    await settle(page);
    expect(new URL(page.url()).searchParams.get('ledger')).toBe('pilots');
    await expect.poll(() => page.getByRole('columnheader', { name: '申报阶段' }).count()).toBeGreaterThan(0);

    // Reloading the address shows the same view.
    await page.reload();
    await settle(page);
    await expect.poll(() => page.getByRole('searchbox', { name: '搜索台账' }).inputValue()).toBe('清洁生产');
    await expect.poll(() => page.getByRole('tab', { name: /试点示范/, selected: true }).count()).toBe(1);
    await expect.poll(everyRowMatches).toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the column chooser hides a column and remembers it', async () => {
    const { page, context } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/ledgers');
    await settle(page);
    const header = page.locator('.ledger-table').getByRole('columnheader', { name: '工作措施', exact: true });
    await expect.poll(() => header.count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: '显示列' }).click();
    await page.getByRole('checkbox', { name: '工作措施' }).uncheck();
    await expect.poll(() => header.count()).toBe(0);
    await page.reload();
    await settle(page);
    await expect.poll(() => page.locator('.ledger-table').getByRole('columnheader', { name: '目标任务', exact: true }).count()).toBeGreaterThan(0);
    expect(await header.count()).toBe(0);
    await context.close();
  });

  it('an item page shows the responsibility chain with its gaps and the twelve quarters of the plan', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/ledgers');
    await settle(page);
    await page.getByRole('link', { name: '全面实施“拨投贷保”联动支持科技创新' }).click();
    await settle(page);

    const chain = page.getByRole('region', { name: '责任链', exact: true });
    await expect.poll(() => chain.getByText('威海市科学技术局').count()).toBe(1);
    expect(await chain.getByText('未明确').count()).toBe(3);
    const plan = page.getByRole('region', { name: '按季推进计划' });
    await expect.poll(() => plan.locator('tbody tr.ant-table-row').count()).toBe(12);
    expect(await plan.getByText('2025年').count()).toBe(1);

    // The office sets a quarter's plan; the table shows it at once.
    await plan.getByRole('button', { name: '编辑2023年二季度推进计划' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('计划节点').fill('完成政策文件起草');
    await dialog.getByLabel('计划累计完成').fill('25');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => plan.getByText('完成政策文件起草').count()).toBe(1);
    expect(await plan.getByText('25%', { exact: true }).count()).toBe(1);

    // Someone else saves the same quarter first: nothing is overwritten, the user is told to reload.
    await plan.getByRole('button', { name: '编辑2023年二季度推进计划' }).click();
    await dialog.getByLabel('计划节点').fill('我的修改');
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const itemId = Number(new URL(page.url()).pathname.split('/').at(-1));
    const { quarterlyPlans } = await office.request<{ quarterlyPlans: { period: string; version: number | null }[] }>(
      'GET',
      `/api/items/${itemId}/quarterly-plans`,
    );
    const version = quarterlyPlans.find((quarter) => quarter.period === '2023Q2')!.version!;
    await office.request('PUT', `/api/items/${itemId}/quarterly-plans/2023Q2`, { milestone: '他人先行保存', cumulativePercent: 30, version });
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('该记录已被他人修改，请刷新后再提交');
    await dialog.getByRole('button', { name: '重新加载' }).click();
    await expect.poll(() => plan.getByText('他人先行保存').count()).toBe(1);
    expect(await plan.getByText('我的修改').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the office edits an item’s fields, and only what changed is sent', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/items/2');
    await settle(page);
    await page.getByRole('button', { name: '编辑事项' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('备注').fill('由指挥部办公室补充');
    const patch = page.waitForRequest((request) => request.method() === 'PATCH' && request.url().endsWith('/api/items/2'));
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    expect(JSON.parse((await patch).postData() ?? '{}')).toEqual({ version: 1, remarks: '由指挥部办公室补充' });
    const content = page.getByRole('region', { name: '任务内容' });
    await expect.poll(() => content.getByText('由指挥部办公室补充').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
