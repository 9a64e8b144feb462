import { formatDecimal, SCHEDULE_STATUS_COLOURS } from '@plantrack/domain';
import type { StatusColour } from '@plantrack/domain';
import type { ItemSchedule } from '../../schedule/item-schedules.js';
import type { ItemListRow } from '../../items/items.repository.js';
import type { QuarterFacts } from './handout.repository.js';

/** One line of the handout, as text: what the office reads at the meeting and nothing more. */
export interface HandoutRow {
  code: string;
  title: string;
  leadDepartment: string;
  leader: string;
  milestone: string;
  planned: string;
  actual: string;
  statusLabel: string;
  colour: StatusColour;
  reason: string;
  progress: string;
  problems: string;
  /** What the rows are grouped by. */
  area: { id: number; numeral: string | null; title: string | null } | null;
  leaderPerson: { id: number; name: string | null; title: string | null } | null;
}

/**
 * The item's figures come from the same computed schedule as the ledger page and the dashboard
 * (schedule/item-schedules.ts): planned and reported %, status and its reason, so the printout and
 * the screen never disagree. No phone numbers or staff names: the handout is passed around a room.
 */
export function presentHandoutRow(row: ItemListRow, schedule: ItemSchedule, facts: QuarterFacts | undefined): HandoutRow {
  return {
    code: row.code,
    title: row.title,
    leadDepartment: row.leadDepartmentShortName ?? row.leadDepartmentName ?? '',
    leader: row.leaderName ?? '',
    milestone: facts?.milestone ?? '',
    planned: percent(schedule.planned),
    actual: percent(schedule.actual),
    statusLabel: schedule.statusLabel,
    colour: SCHEDULE_STATUS_COLOURS[schedule.status],
    reason: schedule.reasonZh,
    progress: facts?.progress ?? '',
    problems: facts?.problems ?? '',
    area: row.areaId === null ? null : { id: row.areaId, numeral: row.areaNumeral, title: row.areaTitle },
    leaderPerson: row.leaderPersonId === null ? null : { id: row.leaderPersonId, name: row.leaderName, title: row.leaderTitle },
  };
}

/** As the web app writes a percentage (web/src/i18n/format.ts formatPercent): up to two decimals, — when none. */
function percent(value: number | null): string {
  return value === null ? '—' : `${formatDecimal(value)}%`;
}
