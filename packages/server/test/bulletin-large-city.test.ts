import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProvince } from '../src/generate/generate-province.js';
import { docxPages, docxPart } from './support/docx-pages.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';

/**
 * A city of about 4,000 items (`plantrack generate` at scale 16: 4,152 items, 45 departments, 56
 * indicators, 2024Q2 with some 1,300 items behind): the bulletin's body stays within eight pages and
 * the lagging items go to 附件.
 */
const PASSWORD = 'Generate-passw0rd!';
let t: TestApp;
let pages: string[];
let document: string;

beforeAll(async () => {
  t = await createTestApp();
  const summary = await generateProvince(t.db, { cities: 1, scale: 16, seed: '3', password: PASSWORD });
  expect(summary.rows.items).toBeGreaterThan(4000);
  const hq = await loginAs(t.app, `${summary.cities[0]!.userPrefix}_hq`, PASSWORD);
  const response = await hq.get('/api/exports/bulletin?quarter=2024Q2&date=2024-07-15');
  expect(response.statusCode, response.body).toBe(200);
  document = docxPart(response.rawPayload, 'word/document.xml');
  pages = await docxPages(response.rawPayload);
}, 180_000);
afterAll(async () => t.close());

describe('the bulletin of a 4,000-item city', () => {
  it('keeps its body (版头 to 署名) within eight pages and puts the lagging items in 附件', () => {
    const attachment = pages.findIndex((page) => /^(示例数据·非真实情况)?附件1?滞后事项清单/.test(page));
    expect(attachment).toBeGreaterThan(0);
    expect(attachment).toBeLessThanOrEqual(8);
    const body = pages.slice(0, attachment).join('');
    expect(body).toContain('〔2024〕');
    expect(body).toMatch(/纳入台账的\d{4}项事项中/);
    expect(body).toContain('2024年7月15日');
    const lagging = Number(/滞后及未报送事项共(\d+)项/.exec(pages[attachment]!)?.[1]);
    expect(lagging).toBeGreaterThan(500);
    // Every lagging item is a row of 附件1: one table per leader, each with its header row.
    const ordersAt = document.lastIndexOf('督办事项办理情况');
    const laggingPart = document.slice(
      document.lastIndexOf('滞后事项清单'),
      ordersAt > document.lastIndexOf('滞后事项清单') ? ordersAt : document.lastIndexOf('抄送'),
    );
    const tables = laggingPart.split('<w:tbl>').slice(1);
    const rows = tables.reduce((sum, table) => sum + table.split('</w:tbl>')[0]!.split('<w:tr>').length - 2, 0);
    expect(rows).toBe(lagging);
    expect(pages.slice(attachment).join('')).toContain('同志分管');
    expect(pages.at(-1)).toContain('印发');
  });

  it('tabulates every one of its 56 indicators in the body', () => {
    const body = pages.slice(0, 8).join('');
    expect(body).toContain('纳入监测的重点指标56项');
  });
});
