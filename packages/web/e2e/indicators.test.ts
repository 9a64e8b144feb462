import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInToApi } from './support/api-session.js';
import { openSession, settle, signInQuickly } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { useServerAndBrowser } from './support/server-and-browser.js';

interface Indicator {
  id: number;
  code: string;
  name: string;
  version: number;
}

/** Pixels on the chart's canvas close to a colour: the target lines are drawn in their own colours. */
async function countPixelsNear(page: Page, hex: string): Promise<number> {
  return page.evaluate((colour) => {
    const canvas = document.querySelector('.indicator-trend-chart canvas');
    if (!(canvas instanceof HTMLCanvasElement)) return -1;
    const context = canvas.getContext('2d');
    if (!context) return -1;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - r) < 24 && Math.abs(data[i + 1]! - g) < 24 && Math.abs(data[i + 2]! - b) < 24 && data[i + 3]! > 100) count++;
    }
    return count;
  }, hex);
}

describe('indicators', () => {
  const env = useServerAndBrowser();
  let indicator: Indicator;

  beforeAll(async () => {
    // The sample plan has no figures: this test gives one indicator its targets and a series of values.
    const office = await signInToApi(env.server.baseUrl, 'hq');
    const { indicators } = await office.request<{ indicators: Indicator[] }>('GET', '/api/indicators?q=' + encodeURIComponent('研发经费投入强度'));
    indicator = indicators[0]!;
    await office.request('PATCH', `/api/indicators/${indicator.id}`, { version: indicator.version, provinceTarget: '2.9', stretchTarget: '3.1' });
    const series: [string, string, number][] = [
      ['2023Q2', '2.46', 8],
      ['2023Q4', '2.52', 7],
      ['2024Q2', '2.57', 7],
      ['2024Q4', '2.63', 5],
    ];
    for (const [period, value, provincialRank] of series) {
      await office.request('PUT', `/api/indicators/${indicator.id}/values/${period}`, { value, provincialRank, note: null });
    }
  });

  it('the indicator page draws actuals against the baseline and the targets, with the assessment and ranks', async () => {
    const { page, context, pageErrors } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'hq');
    await page.goto('/indicators');
    await settle(page);
    await page.getByRole('link', { name: indicator.name }).click();
    await settle(page);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(indicator.name);

    const chart = page.locator('.indicator-trend-chart');
    await chart.locator('canvas').waitFor();
    const description = (await chart.getAttribute('aria-label')) ?? '';
    expect(description).toContain('基期值 2.4%');
    expect(description).toContain('省定目标 2.9%');
    expect(description).toContain('冲击目标 3.1%');
    expect(description).toContain('规划目标 2.8%');
    // The target lines are really on the canvas, in the provincial (red) and stretch (amber) colours.
    await expect.poll(() => countPixelsNear(page, '#c4161c')).toBeGreaterThan(100);
    await expect.poll(() => countPixelsNear(page, '#d97706')).toBeGreaterThan(100);
    // Pointing at the chart names the quarter or the year, never the axis number (2,022.25).
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.55);
    await expect.poll(() => chart.textContent()).toMatch(/\d{4}年(?:[一二三四]季度)?/);
    expect(await chart.textContent()).not.toMatch(/\d,\d{3}\.\d/);

    // The assessment names each target with the domain's one-sentence reason.
    const assessment = page.getByRole('region', { name: '进展评估' });
    await expect.poll(() => assessment.locator('.assessment-list__reason').count()).toBe(3);
    for (const target of ['省定目标', '冲击目标', '规划目标']) expect(await assessment.getByText(target, { exact: true }).count()).toBe(1);
    expect(await assessment.locator('.assessment-list__reason').count()).toBe(3);
    expect((await assessment.locator('.assessment-list__reason').first().textContent())?.length).toBeGreaterThan(10);

    // Ranks per period, the latest first, with the movement.
    const values = page.getByRole('region', { name: '各期数值与全省位次' });
    await expect.poll(() => values.locator('tbody tr.ant-table-row').count()).toBe(4);
    expect(await values.locator('tbody tr.ant-table-row').first().textContent()).toContain('2024年四季度');
    expect(await values.getByText('第5位').count()).toBe(1);
    expect(await values.getByText('上升2位').count()).toBe(1);

    await saveScreenshot(page, 'indicator', { fullPage: true });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the key-indicator ledger lists the indicator with its latest value and rank', async () => {
    const { page, context } = await openSession(env.browser, env.server.baseUrl);
    await signInQuickly(context, 'leader');
    await page.goto('/ledgers?ledger=key_indicators');
    await settle(page);
    const row = page.locator('.ledger-table tbody tr', { hasText: indicator.name });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('2.63%');
    expect(await row.textContent()).toContain('第5位');
    await context.close();
  });
});
