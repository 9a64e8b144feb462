import { describe, expect, it } from 'vitest';
import { buildWorkbook } from './support/build-workbook.js';
import { useImportTestApp } from './support/import-client.js';

/** A date typed into a General cell reaches the file as Excel's day number; it is imported as that date. */
const { office, upload, storedItem } = useImportTestApp();

describe('a deadline that is a bare Excel date serial', () => {
  it('imports 45107 as 2023-06-30, exports it as that date, and the export imports again without a change', async () => {
    const { fixture, hq } = await office();
    const file = await buildWorkbook({
      name: '台账',
      rows: [
        ['序号', '重点任务', '责任单位', '完成时限'],
        ['1-01', '任务甲', '市科技局', 45107],
      ],
    });
    expect((await upload(hq, 'commit', file, { ledger: 'master' })).statusCode).toBe(200);
    expect(await storedItem(fixture, '1-01')).toMatchObject({ deadline: '2023-06-30', deadlineText: '2023-06-30' });

    const exported = await hq.get('/api/exports/ledger?ledger=master');
    expect(exported.statusCode).toBe(200);
    const again = (await upload(hq, 'preview', exported.rawPayload, { ledger: 'master' })).json();
    expect(again).toMatchObject({ problems: [], creates: [], updates: [], unchanged: ['1-01'] });
  });
});
