import { numberToChineseNumeral } from '../ledger-xlsx/chinese-numerals.js';
import type { HandoutGrouping } from '@plantrack/contract/io/exports.contract';
import type { HandoutRow } from './present-handout-row.js';

export interface HandoutGroup {
  /** "一、深化科技创新引领…" or "一、张三（副市长）". */
  heading: string;
  rows: HandoutRow[];
}

/**
 * Rows (already in ledger order) under headings numbered as offices number them: by area with the
 * plan's own numerals (a filtered handout keeps 四、 for the fourth area), or by 分管市领导 in the order
 * the office registered the leaders, numbered 一、二、…. Items without an area or a leader come last.
 */
export function groupHandoutRows(rows: readonly HandoutRow[], groupBy: HandoutGrouping): HandoutGroup[] {
  return groupBy === 'area' ? groupByArea(rows) : groupByLeader(rows);
}

function groupByArea(rows: readonly HandoutRow[]): HandoutGroup[] {
  const groups = new Map<number | null, HandoutGroup>();
  for (const row of rows) {
    const key = row.area?.id ?? null;
    let group = groups.get(key);
    if (!group) {
      group = { heading: row.area ? `${row.area.numeral ?? ''}、${row.area.title ?? ''}`.replace(/^、/, '') : '未归入领域', rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return withUnassignedLast(groups);
}

function groupByLeader(rows: readonly HandoutRow[]): HandoutGroup[] {
  const groups = new Map<number | null, HandoutGroup>();
  for (const row of rows) {
    const key = row.leaderPerson?.id ?? null;
    let group = groups.get(key);
    if (!group) {
      const leader = row.leaderPerson;
      group = { heading: leader ? `${leader.name ?? ''}${leader.title ? `（${leader.title}）` : ''}` : '未明确分管市领导', rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  const ordered = [...groups.entries()].filter(([id]) => id !== null).sort(([a], [b]) => (a ?? 0) - (b ?? 0));
  const unassigned = groups.get(null);
  return [...ordered.map(([, group]) => group), ...(unassigned ? [unassigned] : [])].map((group, index) => ({
    ...group,
    heading: `${numberToChineseNumeral(index + 1)}、${group.heading}`,
  }));
}

function withUnassignedLast(groups: Map<number | null, HandoutGroup>): HandoutGroup[] {
  const unassigned = groups.get(null);
  return [...[...groups.entries()].filter(([id]) => id !== null).map(([, group]) => group), ...(unassigned ? [unassigned] : [])];
}
