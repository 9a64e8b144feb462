import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from './support/build-workbook.js';
import type { SheetCell } from './support/build-workbook.js';
import { useImportTestApp } from './support/import-client.js';
import { countImportTables } from './support/ledger-fixtures.js';
import { cliEnvironment, runPlantrack, SLOW_TEST_MS } from './support/run-plantrack.js';

/** Duplicated rows in a workbook, and how rows find the tasks they mean when the sheet numbers by position. */
const { app, office, upload, storedItem, itemCount } = useImportTestApp();

const HEADER: SheetCell[] = ['序号', '重点任务', '责任单位'];
const AREA: SheetCell[] = ['一、深化科技创新引领，建设国家创新型城市'];
const sheetOf = (...tasks: SheetCell[][]) => buildWorkbook({ name: '台账', rows: [HEADER, AREA, ...tasks], merges: ['A2:C2'] });
const where = (problems: { code: string; sheet: string; row: number; column: string | null }[]) => problems.map((p) => [p.code, p.sheet, p.row, p.column]);

/** An office whose plan holds 任务甲, 任务乙, 任务丙 as 1-01…1-03, imported from a sheet numbered 1, 2, 3. */
async function officeWithThreeTasks() {
  const { fixture, hq } = await office();
  const first = await sheetOf([1, '任务甲', '市科技局'], [2, '任务乙', '市科技局'], [3, '任务丙', '市科技局']);
  expect((await upload(hq, 'commit', first, { ledger: 'master' })).statusCode).toBe(200);
  return { fixture, hq };
}

async function titlesByCode(fixture: Parameters<typeof storedItem>[0], codes: string[]) {
  return Promise.all(codes.map(async (code) => [code, (await storedItem(fixture, code)).title, (await storedItem(fixture, code)).lead]));
}

describe('duplicates in a workbook', () => {
  it('a copied row (same 序号 and title, another department) is refused naming both rows, and no other task is renamed', async () => {
    const { fixture, hq } = await officeWithThreeTasks();
    const copied = await sheetOf([1, '任务甲', '市科技局'], [2, '任务乙', '市科技局'], [1, '任务甲', '市发改委'], [3, '任务丙', '市科技局']);
    const counts = await countImportTables(app().db);
    const preview = (await upload(hq, 'preview', copied, { ledger: 'master' })).json();
    expect(preview.isValid).toBe(false);
    expect(where(preview.problems)).toEqual([['DUPLICATE_CODE', '台账', 5, 'A']]);
    expect(preview.problems[0].messageZh).toContain('第5行与第3行的序号相同');
    expect(preview.token).toBeUndefined();

    const commit = await upload(hq, 'commit', copied, { ledger: 'master' });
    expect([commit.statusCode, commit.json().error.code]).toEqual([422, 'IMPORT_HAS_PROBLEMS']);
    expect(await countImportTables(app().db)).toEqual(counts);
    expect(await titlesByCode(fixture, ['1-01', '1-02', '1-03'])).toEqual([
      ['1-01', '任务甲', '市科技局'],
      ['1-02', '任务乙', '市科技局'],
      ['1-03', '任务丙', '市科技局'],
    ]);
  });

  it('a 序号 written twice for two different tasks is refused, as is the same task twice under two 序号', async () => {
    const { hq } = await office();
    const file = await sheetOf([1, '任务甲', '市科技局'], [2, '任务乙', '市科技局'], [2, '任务丁', '市科技局'], [4, '任务甲', '市发改委']);
    const preview = (await upload(hq, 'preview', file, { ledger: 'master' })).json();
    expect(where(preview.problems)).toEqual([
      ['DUPLICATE_CODE', '台账', 5, 'A'],
      ['DUPLICATE_TASK', '台账', 6, 'B'],
    ]);
    expect(preview.problems[0].messageZh).toContain('第5行与第4行的序号相同');
    expect(preview.problems[1].messageZh).toContain('第6行与第3行的任务名称相同');
    expect((await upload(hq, 'commit', file, { ledger: 'master' })).statusCode).toBe(422);
  });

  it('written codes repeat across sheets and tasks repeat across sheets, each named with its sheet', async () => {
    const { hq } = await office();
    const file = await buildWorkbook(
      {
        name: '科技',
        rows: [
          ['编号', '重点任务', '责任单位'],
          ['1-01', '任务甲', '市科技局'],
          ['1-02', '任务乙', '市科技局'],
        ],
      },
      {
        name: '工信',
        rows: [
          ['编号', '重点任务', '责任单位'],
          ['1-01', '任务丙', '市科技局'],
          ['1-05', '任务乙', '市科技局'],
        ],
      },
    );
    const preview = (await upload(hq, 'preview', file, { ledger: 'master' })).json();
    expect(where(preview.problems)).toEqual([
      ['DUPLICATE_CODE', '工信', 2, 'A'],
      ['DUPLICATE_TASK', '工信', 3, 'B'],
    ]);
    expect(preview.problems[0].messageZh).toContain('与工作表“科技”第2行的序号相同');
    expect(preview.problems[1].messageZh).toContain('与工作表“科技”第3行的任务名称相同');
  });

  it('numbering that restarts in each area is not a duplicate', async () => {
    const { hq } = await office();
    const file = await buildWorkbook({
      name: '台账',
      rows: [HEADER, AREA, [1, '任务甲', '市科技局'], [2, '任务乙', '市科技局'], ['二、纵深推进动能转换，构建现代化产业体系'], [1, '任务丙', '市科技局']],
      merges: ['A2:C2', 'A5:C5'],
    });
    const preview = (await upload(hq, 'preview', file, { ledger: 'master' })).json();
    expect(preview.problems).toEqual([]);
    expect(preview.creates.map((c: { code: string }) => c.code)).toEqual(['1-01', '1-02', '2-01']);
  });

  it(
    'plantrack import --dry-run exits 2 listing the duplicate with both rows, and changes nothing; a row inserted mid-sheet is one new task',
    async () => {
      const { fixture } = await officeWithThreeTasks();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-dup-'));
      const file = path.join(dir, '台账.xlsx');
      fs.writeFileSync(file, await sheetOf([1, '任务甲', '市科技局'], [2, '任务乙', '市科技局'], [1, '任务甲', '市发改委'], [3, '任务丙', '市科技局']));
      const env = cliEnvironment(app().database.target);
      const dry = await runPlantrack(env, 'import', file, '--ledger', 'master', '--dry-run', '--organisation', fixture.organisationCode);
      expect(dry.code, dry.stderr).toBe(2);
      expect(dry.stderr).toContain('工作表“台账” 第5行 A列：第5行与第3行的序号相同');
      expect(await itemCount(fixture)).toBe(3);
      fs.writeFileSync(file, await sheetOf([1, '任务甲', '市科技局'], [2, '新任务', '市科技局'], [3, '任务乙', '市科技局'], [4, '任务丙', '市科技局']));
      const inserted = await runPlantrack(env, 'import', file, '--ledger', 'master', '--dry-run', '--organisation', fixture.organisationCode);
      expect(inserted.code, inserted.stderr).toBe(0);
      expect(inserted.stdout).toContain('将新建 1 项，将更新 0 项，无变化 3 项');
      expect(inserted.stdout).toContain('新建 1-04 新任务（1-02 已是其他任务的编号）');
      fs.rmSync(dir, { recursive: true, force: true });
    },
    SLOW_TEST_MS,
  );
});

describe('matching the rows of a sheet numbered by position to the tasks they mean', () => {
  it('a task inserted in the middle is created, and the tasks after it keep their titles (matched by title, not by position)', async () => {
    const { fixture, hq } = await officeWithThreeTasks();
    const inserted = await sheetOf([1, '任务甲', '市科技局'], [2, '新任务', '市科技局'], [3, '任务乙', '市科技局'], [4, '任务丙', '市科技局']);
    const preview = (await upload(hq, 'preview', inserted, { ledger: 'master' })).json();
    expect(preview.problems).toEqual([]);
    expect(preview.updates).toEqual([]);
    expect(preview.creates.map((c: { code: string; title: string }) => [c.code, c.title])).toEqual([['1-04', '新任务']]);
    expect(preview.unchanged).toEqual(['1-01', '1-02', '1-03']);

    expect((await upload(hq, 'commit', inserted, { ledger: 'master', token: preview.token })).statusCode).toBe(200);
    expect(await titlesByCode(fixture, ['1-01', '1-02', '1-03', '1-04'])).toEqual([
      ['1-01', '任务甲', '市科技局'],
      ['1-02', '任务乙', '市科技局'],
      ['1-03', '任务丙', '市科技局'],
      ['1-04', '新任务', '市科技局'],
    ]);
  });

  it('a task renamed in a sheet that writes its codes keeps its code; by position alone a task is never renamed', async () => {
    const { fixture, hq } = await officeWithThreeTasks();
    const coded = await buildWorkbook({
      name: '台账',
      rows: [
        ['编号', '重点任务', '责任单位'],
        ['1-02', '任务乙（改名）', '市科技局'],
      ],
    });
    const renamed = (await upload(hq, 'preview', coded, { ledger: 'master' })).json();
    expect(renamed.updates.map((u: { code: string; changes: object }) => [u.code, u.changes])).toEqual([['1-02', { title: ['任务乙', '任务乙（改名）'] }]]);

    const positional = await sheetOf([1, '任务甲', '市科技局'], [2, '另一个任务', '市科技局']);
    const preview = (await upload(hq, 'preview', positional, { ledger: 'master' })).json();
    expect(preview.updates).toEqual([]);
    expect(preview.creates.map((c: { code: string; fileCode?: string; title: string }) => [c.code, c.fileCode, c.title])).toEqual([
      ['1-04', '1-02', '另一个任务'],
    ]);
    expect((await upload(hq, 'commit', positional, { ledger: 'master' })).statusCode).toBe(200);
    expect((await storedItem(fixture, '1-02')).title).toBe('任务乙');
    expect(await itemCount(fixture)).toBe(4);
  });
});
