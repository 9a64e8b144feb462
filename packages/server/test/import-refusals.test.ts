import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from './support/build-workbook.js';
import { buildZip, MINIMAL_XLSX_PARTS } from './support/build-zip.js';
import { buildUser, TEST_PASSWORD } from './support/factories.js';
import { editExample, exampleLedger as example, hqSession, useImportTestApp } from './support/import-client.js';
import { countImportTables } from './support/ledger-fixtures.js';
import { postMultipart } from './support/multipart.js';
import { SLOW_TEST_MS } from './support/run-plantrack.js';
import { loginAs } from './support/test-app.js';

/** Files an import refuses, each with its own error, and the database unchanged afterwards. */
const { app, office, upload, storedItem, itemCount } = useImportTestApp();

describe('a file the import cannot take whole', () => {
  it('names every unknown department, leader and area by sheet, row and column, in Chinese, and writes nothing', async () => {
    const { fixture, hq } = await office();
    const file = await buildWorkbook({
      name: '台账',
      rows: [
        ['重点任务', '分管市领导', '责任单位', '配合单位', '具体科室'],
        ['十一、不存在的领域'],
        ['任务甲', '王五', '市不存在局', '市科技局、市虚构办', null],
        ['任务乙', null, null, null, '综合科'],
      ],
      merges: ['A2:E2'],
    });
    const counts = await countImportTables(app().db);
    const preview = (await upload(hq, 'preview', file, { ledger: 'master' })).json();
    expect(preview.isValid).toBe(false);
    expect(preview.problems.map((p: { code: string; sheet: string; row: number; column: string | null }) => [p.code, p.sheet, p.row, p.column])).toEqual([
      ['UNKNOWN_AREA', '台账', 3, null],
      ['UNKNOWN_LEADER', '台账', 3, 'B'],
      ['UNKNOWN_DEPARTMENT', '台账', 3, 'C'],
      ['UNKNOWN_DEPARTMENT', '台账', 3, 'D'],
      ['SECTION_WITHOUT_DEPARTMENT', '台账', 4, 'E'],
    ]);
    expect(preview.problems[2].messageZh).toContain('“市不存在局”不是系统中登记的部门');
    expect(preview.problems[2].messageZh).toContain('应填写');
    expect(preview.problems[0].messageZh).toContain('一、深化科技创新引领');
    expect(preview).not.toHaveProperty('token');

    const commit = await upload(hq, 'commit', file, { ledger: 'master' });
    expect(commit.statusCode).toBe(422);
    expect(commit.json().error).toMatchObject({ code: 'IMPORT_HAS_PROBLEMS', details: { problems: preview.problems } });
    expect(await countImportTables(app().db)).toEqual(counts);
    expect(await itemCount(fixture)).toBe(0);
  });

  it(
    'gives each hostile or wrong file its own clear error and leaves the database as it was',
    async () => {
      const { fixture } = await office();
      // A session per file: imports are rate-limited per user (10 a minute by default).
      const freshSession = () => hqSession(app(), fixture);
      const zipBomb = buildZip([...MINIMAL_XLSX_PARTS, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30 * 1024 * 1024) }]);
      const lying = buildZip([
        ...MINIMAL_XLSX_PARTS,
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(3 * 1024 * 1024, 0x61), declaredUncompressedSize: 1000 },
      ]);
      const word = buildZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'word/document.xml', data: '<w/>' },
      ]);
      const tooManyRows = await buildWorkbook({ rows: [['重点任务', '责任单位'], ...Array.from({ length: 20_001 }, (_, i) => [`任务${i}`, null])] });
      const formulaWithoutResult = await buildWorkbook({
        rows: [
          ['重点任务', '责任单位'],
          [{ formula: 'CONCAT("甲","乙")' }, '市科技局'],
        ],
      });
      const cases: [string, Buffer, string][] = [
        ['renamed CSV', Buffer.from('重点任务,责任单位\r\n任务一,市科技局\r\n', 'utf8'), 'NOT_XLSX_CSV'],
        ['random bytes', Buffer.from(Array.from({ length: 300 }, (_, i) => 0x80 + ((i * 37) % 128))), 'NOT_ZIP'],
        ['text that is no table', Buffer.from('请查收本季度台账。\n', 'utf8'), 'NOT_XLSX_TEXT'],
        ['old .xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), 'NOT_XLSX_OLD_XLS'],
        ['Word file', word, 'NOT_XLSX_OTHER_OFFICE'],
        ['empty file', Buffer.alloc(0), 'EMPTY_FILE'],
        ['truncated workbook', example.subarray(0, 2000), 'CORRUPT_ZIP'],
        ['zip bomb', zipBomb, 'SUSPICIOUS_COMPRESSION'],
        ['part larger than declared', lying, 'SUSPICIOUS_COMPRESSION'],
        ['too many rows', tooManyRows, 'TOO_MANY_ROWS'],
        ['formula saved without its result', formulaWithoutResult, 'FORMULA_WITHOUT_RESULT'],
      ];
      const counts = await countImportTables(app().db);
      for (const [name, file, code] of cases) {
        const hq = await freshSession();
        const response = await upload(hq, 'preview', file, { ledger: 'master' });
        expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
        const preview = response.json();
        expect(
          preview.problems.map((p: { code: string }) => p.code),
          name,
        ).toEqual([code]);
        expect(preview.problems[0].messageZh, name).toMatch(/[\u4e00-\u9fff]/);
        const commit = await upload(hq, 'commit', file, { ledger: 'master' });
        expect([commit.statusCode, commit.json().error.details.problems[0].code], name).toEqual([422, code]);
      }
      const csv = await upload(
        await freshSession(),
        'preview',
        Buffer.from('\uFEFF重点任务,责任单位\r\n任务一,市科技局\r\n', 'utf8'),
        { ledger: 'master' },
        '台账.csv',
      );
      expect(csv.json().problems).toEqual([
        expect.objectContaining({ code: 'NOT_XLSX_CSV', messageZh: expect.stringMatching(/不支持导入CSV.*另存为.*\.xlsx/) }),
      ]);
      const tooLarge = await upload(await freshSession(), 'commit', Buffer.alloc(10 * 1024 * 1024 + 1, 1), { ledger: 'master' });
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().error.details.problems[0]).toMatchObject({ code: 'FILE_TOO_LARGE', messageZh: expect.stringContaining('10 MB') });
      expect(await countImportTables(app().db)).toEqual(counts);
    },
    SLOW_TEST_MS,
  );

  it('reads a formula as the result the office saw, never evaluating it', async () => {
    const { fixture, hq } = await office();
    const file = await buildWorkbook({
      rows: [
        ['重点任务', '责任单位'],
        [{ formula: 'CONCAT("建设","示范区")', result: '建设示范区' }, '市科技局'],
      ],
    });
    expect((await upload(hq, 'commit', file, { ledger: 'master' })).statusCode).toBe(200);
    expect(await storedItem(fixture, '01')).toMatchObject({ title: '建设示范区', lead: '市科技局' });
  });

  it('gives no token for a preview with problems, and a commit with a made-up token or one for another file changes nothing', async () => {
    const { fixture, hq } = await office();
    const bad = await buildWorkbook({
      rows: [
        ['重点任务', '责任单位'],
        ['任务甲', '市不存在局'],
      ],
    });
    const preview = (await upload(hq, 'preview', bad, { ledger: 'master' })).json();
    expect([preview.isValid, preview.token]).toEqual([false, undefined]);
    // The file's own SHA-256 was the token once: anyone could compute it, so it must not pass now.
    const sha256 = createHash('sha256').update(bad).digest('hex');
    for (const token of [sha256, 'f'.repeat(64), (await upload(hq, 'preview', example, { ledger: 'master' })).json().token]) {
      const commit = await upload(hq, 'commit', bad, { ledger: 'master', token });
      expect([commit.statusCode, commit.json().error.code], token).toEqual([409, 'IMPORT_FILE_CHANGED']);
      expect(commit.json().error.message).toContain('重新预览');
    }
    const exampleSha = createHash('sha256').update(example).digest('hex');
    expect((await upload(hq, 'commit', example, { ledger: 'master', token: exampleSha })).json().error.code).toBe('IMPORT_FILE_CHANGED');
    expect((await upload(hq, 'commit', bad, { ledger: 'master' })).json().error.code).toBe('IMPORT_HAS_PROBLEMS');
    expect(await itemCount(fixture)).toBe(0);
  });

  it('refuses a form without a ledger kind or with two files, a commit of another file than previewed, and every role but the office', async () => {
    const { fixture, hq } = await office();
    expect((await upload(hq, 'preview', example, {})).json().error.code).toBe('VALIDATION_FAILED');
    const twoFiles = await postMultipart(app().app, hq, '/api/imports/preview', [
      { field: 'ledger', content: 'master' },
      { field: 'file', fileName: 'a.xlsx', content: example },
      { field: 'file', fileName: 'b.xlsx', content: example },
    ]);
    expect(twoFiles.json().error.code).toBe('ONE_FILE_REQUIRED');
    const token = (await upload(hq, 'preview', example, { ledger: 'master' })).json().token;
    const edited = await editExample((sheet) => void (sheet.getCell('C6').value = '改过'));
    const changed = await upload(hq, 'commit', edited, { ledger: 'master', token });
    expect([changed.statusCode, changed.json().error.code]).toEqual([409, 'IMPORT_FILE_CHANGED']);
    const otherLedger = await upload(hq, 'commit', example, { ledger: 'innovations', token });
    expect([otherLedger.statusCode, otherLedger.json().error.code]).toEqual([409, 'IMPORT_FILE_CHANGED']);
    for (const role of ['leader', 'dept_manager', 'dept_staff', 'sysadmin'] as const) {
      const user = await buildUser(
        app().db,
        fixture,
        role,
        role.startsWith('dept') ? (await app().db.selectFrom('departments').select('id').executeTakeFirstOrThrow()).id : null,
      );
      const session = await loginAs(app().app, user.username, TEST_PASSWORD);
      expect((await upload(session, 'commit', example, { ledger: 'master' })).statusCode, role).toBe(403);
    }
    expect(await itemCount(fixture)).toBe(0);
  });
});
