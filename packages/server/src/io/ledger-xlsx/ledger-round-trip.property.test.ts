import { readMilestonePercent, resolveYearBases } from '@plantrack/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyLedgerRow, LEDGER_KINDS } from './ledger-row.js';
import type { LedgerKind, LedgerRow, PilotLevel, PilotStage } from './ledger-row.js';
import { normaliseProse } from './normalise-text.js';
import { parseDeadline } from './parse-deadline.js';
import { readLedgerWorkbook } from './read-ledger-workbook.js';
import { writeLedgerWorkbook } from './write-ledger-workbook.js';

/**
 * Export → import is lossless for whatever a ledger holds: any Chinese text with quotes, brackets,
 * full-width punctuation, newlines and leading formula characters; milestones with and without
 * figures on either basis; deadlines; indicator figures with qualifiers or as rules; empty cells.
 */
const YEARS = [2024, 2025];
const CHARS = [...'推进绿色低碳高质量发展任务完成年度累计的“”"‘’（）()【】《》、，,；;：:。！？%％·—-=+@ \n0123456789ABCabc'];
const text = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 40 })
  .map((chars) => normaliseProse(chars.join('')))
  // A cell is text as the office wrote it once it has been read; a leading ' before = is our own guard.
  .filter((value): value is string => value !== null && !/^'/.test(value));
const optionalText = fc.option(text, { nil: null });
const name = fc.array(fc.constantFrom(...'市发展改革委科技局生态环境住建财政'), { minLength: 2, maxLength: 8 }).map((chars) => chars.join(''));
const percent = fc.integer({ min: 0, max: 100 });
const milestone = fc.oneof(
  text,
  fc.tuple(text, percent).map(([words, n]) => `${words}（累计${n}%）`),
  fc.tuple(text, percent).map(([words, n]) => `${words}，完成年度任务的${n}%`),
  fc.constant('完成年度任务，总结评估'),
  percent.map((n) => `完成年度任务（累计${n}%）`),
  percent.map((n) => `工程进度达到${n}%`),
);
const deadlineText = fc.constantFrom(null, '2024年6月底前', '2025年底前', '长期坚持', '2024年三季度', '2025-03-31');
const decimal = fc.oneof(
  fc.integer({ min: -500, max: 100_000 }).map(String),
  fc.integer({ min: 1, max: 99_999 }).map((n) => `${n}.${n % 10}5`),
);
const target = fc.oneof(
  fc.record({ target: decimal, targetQualifier: fc.constantFrom(null, '左右', '以上', '超过', '不低于', '以内'), targetRule: fc.constant(null) }),
  fc.record({ target: fc.constant(null), targetQualifier: fc.constant(null), targetRule: fc.constantFrom('较基期翻番', '远期完全由清洁能源供应', '稳中有升') }),
);

function rowArbitrary(kind: LedgerKind, index: number): fc.Arbitrary<LedgerRow> {
  const isIndicator = kind === 'key_indicators';
  return fc
    .record({
      title: text,
      measures: isIndicator ? fc.constant(null) : optionalText,
      targets: isIndicator ? fc.constant(null) : optionalText,
      remarks: optionalText,
      leaderName: fc.option(name, { nil: null }),
      leadDepartments: fc.option(name, { nil: null }),
      coDepartments: fc.uniqueArray(name, { maxLength: 3 }),
      deadlineText: isIndicator ? fc.constant(null) : deadlineText,
      milestones: fc.array(fc.option(milestone, { nil: null }), { minLength: 8, maxLength: 8 }),
      provinceText: kind === 'province_key_tasks' ? optionalText : fc.constant(null),
      sourceClause: kind === 'province_key_tasks' ? optionalText : fc.constant(null),
      citySource: kind === 'innovations' ? optionalText : fc.constant(null),
      pilotLevel: kind === 'pilots' ? fc.constantFrom<PilotLevel | null>(null, 'national', 'provincial') : fc.constant(null),
      pilotStage: kind === 'pilots' ? fc.constantFrom<PilotStage | null>(null, 'planning', 'applying', 'approved', 'rejected', 'built') : fc.constant(null),
      indicator: isIndicator
        ? fc.record({
            unit: fc.constantFrom(null, '%', '亿元', '家'),
            baselineValue: fc.option(decimal, { nil: null }),
            stretchTarget: fc.option(decimal, { nil: null }),
            target,
          })
        : fc.constant(null),
    })
    .map((drawn) => {
      // A workbook never names the same task twice (DUPLICATE_TASK): each title ends with its number.
      const row = emptyLedgerRow(`1-${String(index + 1).padStart(2, '0')}`, `${drawn.title}（${index + 1}）`);
      const plans = drawn.milestones.flatMap((milestoneText, slot) => {
        if (milestoneText === null) return [];
        const stated = readMilestonePercent(milestoneText);
        const period = `${YEARS[Math.floor(slot / 4)]}Q${(slot % 4) + 1}`;
        return [{ period, milestone: milestoneText, cumulativePercent: stated?.percent ?? null, basis: stated?.basis ?? null }];
      });
      const deadline = drawn.deadlineText === null ? null : parseDeadline(drawn.deadlineText).date;
      const indicator = drawn.indicator;
      return {
        ...row,
        areaNumeral: '一',
        areaTitle: '深化科技创新引领',
        ...drawn,
        title: row.title,
        leadDepartments: drawn.leadDepartments === null ? [] : [drawn.leadDepartments],
        coDepartments: drawn.coDepartments.filter((co) => co !== drawn.leadDepartments),
        deadline,
        quarterlyPlans: resolveYearBases(plans),
        unit: indicator?.unit ?? null,
        baselineYear: indicator?.baselineValue ? 2022 : null,
        baselineValue: indicator?.baselineValue ?? null,
        stretchTarget: indicator?.stretchTarget ?? null,
        ...(indicator?.target ?? { target: null, targetQualifier: null, targetRule: null }),
        milestones: undefined,
        indicator: undefined,
      };
    })
    .map(({ milestones: _milestones, indicator: _indicator, ...row }) => row);
}

const ledgerArbitrary = (kind: LedgerKind) =>
  fc.array(fc.nat(), { minLength: 1, maxLength: 4 }).chain((slots) => fc.tuple(...slots.map((_, index) => rowArbitrary(kind, index))));

describe('a ledger exported and read back', () => {
  it.each(LEDGER_KINDS)('%s: gives the same rows, whatever the cells hold', async (kind) => {
    await fc.assert(
      fc.asyncProperty(ledgerArbitrary(kind), async (rows) => {
        const file = await writeLedgerWorkbook({ kind, title: '台账', rows, years: YEARS });
        const read = await readLedgerWorkbook(file, { kind });
        expect(read.problems).toEqual([]);
        expect(read.rows).toEqual(rows);
      }),
      { numRuns: 25 },
    );
  });
});
