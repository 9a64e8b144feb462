import { chineseNumeralToNumber } from './chinese-numerals.js';
import { findColumnSpec, normaliseHeader } from './ledger-columns.js';
import type { ColumnField } from './ledger-columns.js';
import type { LedgerKind } from './ledger-row.js';

/**
 * What one column holds, decided from its header path: the header texts stacked above it from top
 * to bottom (a merged group header such as "2023年推进计划" appears in the path of every column it
 * spans). Years may sit in the group ("2023年推进计划" / "一季度") or in the column itself
 * ("2023年一季度"); when neither gives one, the caller's default year applies.
 */
export type ColumnRole =
  | { kind: 'field'; field: ColumnField; baselineYear: number | null }
  | { kind: 'quarter'; year: number | null; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'yearlyTarget'; year: number };

const QUARTER_LABEL =
  /^(?:(\d{4})年度?)?(?:季度推进计划|推进计划)?第?([一二三四1-4])季度(?:推进计划|工作计划|计划|节点|目标|进度安排|工作安排)?$|^(?:(\d{4})年?)?Q([1-4])$/i;
const YEAR_IN_GROUP = /^(\d{4})年度?(?:季度)?(?:推进计划|工作计划|计划|推进安排|进度安排|节点安排|目标)?$/;
const LEADING_YEAR = /^(\d{4})年度?(.+)$/;
const TARGET_WORDS = /目标/;
const GROUP_LABEL = /^(?:季度)?(?:推进计划|工作计划|季度计划|年度目标|分年度目标|基本情况|基本信息|责任分工|责任主体)$/;

export function matchHeaderPath(path: readonly string[], kind: LedgerKind): ColumnRole | null {
  const headers = path.map(normaliseHeader).filter((text) => text !== '');
  return matchQuarter(headers) ?? matchYearlyTarget(headers, kind) ?? matchField(headers, kind);
}

function matchQuarter(headers: readonly string[]): ColumnRole | null {
  for (const [index, header] of headers.entries()) {
    const match = QUARTER_LABEL.exec(header);
    if (!match) continue;
    const quarterText = match[2] ?? match[4] ?? '';
    const quarter = (/^\d$/.test(quarterText) ? Number(quarterText) : chineseNumeralToNumber(quarterText)) as 1 | 2 | 3 | 4;
    const ownYear = match[1] ?? match[3];
    const year = ownYear !== undefined ? Number(ownYear) : findGroupYear(headers.slice(0, index));
    return { kind: 'quarter', year, quarter };
  }
  return null;
}

function findGroupYear(groups: readonly string[]): number | null {
  for (const group of [...groups].reverse()) {
    const match = YEAR_IN_GROUP.exec(group);
    if (match) return Number(match[1]);
  }
  return null;
}

/** Indicator ledgers: "2024年目标", or a "年度目标" group over "2024年". */
function matchYearlyTarget(headers: readonly string[], kind: LedgerKind): ColumnRole | null {
  if (kind !== 'key_indicators') return null;
  const last = headers.at(-1) ?? '';
  const own = /^(\d{4})年度?(?:目标|目标值|预期目标)$/.exec(last);
  if (own) return { kind: 'yearlyTarget', year: Number(own[1]) };
  const bare = /^(\d{4})年?$/.exec(last);
  const isUnderTargetGroup = headers.slice(0, -1).some((group) => TARGET_WORDS.test(group));
  return bare && isUnderTargetGroup ? { kind: 'yearlyTarget', year: Number(bare[1]) } : null;
}

/** The lowest header that names a field wins; "2020年基期值" also gives the baseline year. */
function matchField(headers: readonly string[], kind: LedgerKind): ColumnRole | null {
  for (const header of [...headers].reverse()) {
    const direct = findColumnSpec(header, kind);
    if (direct) return { kind: 'field', field: direct.field, baselineYear: null };
    const yearPrefixed = LEADING_YEAR.exec(header);
    const rest = yearPrefixed?.[2];
    const spec = rest === undefined ? null : findColumnSpec(rest, kind);
    if (spec) {
      const baselineYear = spec.field === 'baselineValue' ? Number(yearPrefixed?.[1]) : null;
      return { kind: 'field', field: spec.field, baselineYear };
    }
  }
  return null;
}

/** True when the text looks like a header label we know, used to tell header rows from data rows. */
export function isKnownHeaderText(text: string, kind: LedgerKind): boolean {
  return matchHeaderPath([text], kind) !== null || YEAR_IN_GROUP.test(normaliseHeader(text)) || /推进计划|季度计划/.test(text);
}

/**
 * Stricter: a label that is exactly one we know (no loose patterns), for deciding that a row ABOVE
 * the field names is a group row rather than a note such as "填报单位：…（季度计划为样例）".
 */
export function isExactHeaderLabel(text: string, kind: LedgerKind): boolean {
  const header = normaliseHeader(text);
  return findColumnSpec(header, kind, { allowLoose: false }) !== null || QUARTER_LABEL.test(header) || YEAR_IN_GROUP.test(header) || GROUP_LABEL.test(header);
}
