import { addDaysToDate, periodEndDate, periodsOfYears, plannedPercentFor } from '@plantrack/domain';
import type { ReportState } from '../db/schema.js';
import type { Directory } from './build-directory.js';
import type { GeneratedItem } from './build-items.js';
import { PLAN_END_YEAR, PLAN_START_YEAR } from './build-plan.js';
import type { CityContext } from './city-context.js';
import { writeReportHistory } from './build-report-history.js';
import { NEXT_STEP_SENTENCES, PROBLEM_SENTENCES, PROGRESS_SENTENCES } from './plan-vocabulary.js';

const PERIODS = periodsOfYears(PLAN_START_YEAR, PLAN_END_YEAR);
const CLOSED_STATES = { approved: 915, returned: 20, submitted: 15, draft: 10, none: 40 } as const;
const OPEN_STATES = { approved: 15, submitted: 25, returned: 10, draft: 30, none: 20 } as const;
export const at = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

export interface GeneratedCycle {
  id: number;
  period: string;
  deadline: string;
  isOpen: boolean;
}

/** Quarterly reporting cycles 2023Q1 … 2025Q4: every one closed but the last. */
export function buildCycles(ctx: CityContext, planId: number, hqUserId: number): GeneratedCycle[] {
  return PERIODS.map((period, index) => {
    const id = ctx.ids.next('reportingCycles');
    const deadline = addDaysToDate(periodEndDate(period), 10);
    const isOpen = index === PERIODS.length - 1;
    const opened = at(addDaysToDate(periodEndDate(period), -20), 1);
    const closed = isOpen ? null : at(addDaysToDate(deadline, 15), 9);
    ctx.rows.reportingCycles.push({
      id,
      planId,
      period,
      deadline,
      status: isOpen ? 'open' : 'closed',
      openedBy: hqUserId,
      closedAt: closed,
      closedBy: isOpen ? null : hqUserId,
      version: isOpen ? 1 : 2,
      createdAt: opened,
      updatedAt: closed ?? opened,
    });
    return { id, period, deadline, isOpen };
  });
}

function sentences(ctx: CityContext, count: number, n: number): string {
  return `${ctx.random
    .sample(PROGRESS_SENTENCES, count)
    .map((s) => s(n))
    .join('；')}。`;
}

/**
 * Each item's reports, one per cycle: cumulative completion follows the item's plan at its own pace
 * (never falling back), states as offices see them — nearly all approved in closed quarters, a few
 * returned, submitted late or never sent; the open quarter in every state.
 */
export function buildReports(ctx: CityContext, directory: Directory, items: GeneratedItem[], cycles: GeneratedCycle[]): void {
  const { random } = ctx;
  const hq = directory.hqUserIds[0]!;
  for (const item of items) {
    let actual = 0;
    const plan = item.plan ? Object.fromEntries(item.plan) : null;
    for (const cycle of cycles) {
      const planned = plannedPercentFor({ start: item.start, deadline: item.deadline, plan }, cycle.period) ?? 0;
      const reached = Math.min(100, Math.round((planned * item.pace + random.int(-5, 5)) / 5) * 5);
      actual = Math.max(actual, planned === 0 ? 0 : reached);
      const state = random.weighted(cycle.isOpen ? OPEN_STATES : CLOSED_STATES);
      if (state === 'none') continue;
      const n = random.int(2, 60);
      const staff = item.lead ? random.pick(item.lead.staffUserIds) : hq;
      writeReportHistory(ctx, {
        item,
        cycle,
        state: state as ReportState,
        completionBp: actual * 100,
        progressState: actual >= 100 ? 'completed' : actual === 0 ? 'not_started' : 'in_progress',
        progress: sentences(ctx, 2, n),
        problems: item.pace < 1 || random.chance(0.3) ? `${random.pick(PROBLEM_SENTENCES)}。` : null,
        nextSteps: `${random.sample(NEXT_STEP_SENTENCES, random.int(1, 2)).join('；')}。`,
        authorUserId: staff,
        managerUserId: item.lead?.managerUserId ?? hq,
        hqUserId: hq,
      });
    }
  }
}
