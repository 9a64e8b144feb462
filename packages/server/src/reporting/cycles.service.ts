import { periodsOfYears, todayInShanghai } from '@plantrack/domain';
import type { Actor, RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { AppError, notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { findCycleByPeriod } from '../schedule/evaluation.repository.js';
import * as repo from './cycles.repository.js';
import { presentCycle } from './cycles.presenter.js';
import type { CycleReopen } from '@plantrack/contract/reporting/cycles.contract';

export async function listCycles(db: Db, actor: Actor) {
  const plan = await getCurrentPlan(db, actor);
  const [rows, counts] = await Promise.all([repo.findCyclesOfPlan(db, plan.id), repo.countReportsByCycleAndState(db, plan.id)]);
  const today = todayInShanghai();
  return rows.map((row) => presentCycle(row, countsOf(counts, row.id), today));
}

function countsOf(counts: Awaited<ReturnType<typeof repo.countReportsByCycleAndState>>, cycleId: number): Record<string, number> {
  return Object.fromEntries(counts.filter((c) => c.cycleId === cycleId).map((c) => [c.state, Number(c.count)]));
}

/** The cycle of a period, which must exist and be open for anything in it to change. */
export async function requireOpenCycle(db: Db, planId: number, period: string): Promise<repo.CycleRow> {
  const cycle = await findCycleByPeriod(db, planId, period);
  if (!cycle) throw new AppError('CYCLE_NOT_OPEN', { period, reason: 'no reporting cycle for this period' });
  if (cycle.status !== 'open') throw new AppError('CYCLE_CLOSED', { period });
  return cycle;
}

/**
 * For data the office may also enter outside any cycle (indicator values from the statistics bureau):
 * a closed cycle locks its period for everyone; with no cycle at all only the office may write.
 */
export async function requireWritablePeriod(db: Db, planId: number, period: string, isOffice: boolean): Promise<repo.CycleRow | undefined> {
  const cycle = await findCycleByPeriod(db, planId, period);
  if (!cycle && isOffice) return undefined;
  return requireOpenCycle(db, planId, period);
}

export async function openCycle(db: Db, ctx: RequestContext, input: { period: string; deadline: string }) {
  return db.transaction().execute(async (trx) => {
    const plan = await getCurrentPlan(trx, ctx.actor);
    if (!periodsOfYears(plan.startYear, plan.endYear).includes(input.period))
      throw new AppError('VALIDATION_FAILED', { field: 'period', reason: 'outside the plan years' });
    if (await findCycleByPeriod(trx, plan.id, input.period)) throw new AppError('DUPLICATE', { field: 'period', value: input.period });
    const now = nowIso();
    const row = await repo.insertCycle(trx, {
      planId: plan.id,
      period: input.period,
      deadline: input.deadline,
      openedBy: ctx.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(trx, ctx, { action: 'cycle.open', entityType: 'reporting_cycle', entityId: row.id, after: row });
    return presentCycle(row, {}, todayInShanghai());
  });
}

async function changeCycle(db: Db, ctx: RequestContext, id: number, version: number, action: 'close' | 'reopen', details: Partial<CycleReopen> = {}) {
  return db.transaction().execute(async (trx) => {
    const plan = await getCurrentPlan(trx, ctx.actor);
    const before = await repo.findCycle(trx, plan.id, id);
    if (!before) throw notFound('reporting_cycle', id);
    const wanted = action === 'close' ? 'closed' : 'open';
    if (before.status === wanted) throw new AppError('INVALID_STATE', { status: before.status });
    const now = nowIso();
    const changes =
      action === 'close'
        ? { status: 'closed' as const, closedAt: now, closedBy: ctx.actor.userId, updatedAt: now }
        : { status: 'open' as const, closedAt: null, closedBy: null, updatedAt: now, ...(details.deadline ? { deadline: details.deadline } : {}) };
    const after = await repo.updateCycleIfVersion(trx, id, version, changes);
    if (!after) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    // Reopening a locked period is exactly what the audit log must show, with the office's reason.
    await recordAudit(trx, ctx, {
      action: `cycle.${action}`,
      entityType: 'reporting_cycle',
      entityId: id,
      before,
      after: { ...after, reason: details.reason ?? null },
    });
    // The answer carries the cycle's report counts, as the list does, so the page shows them at once.
    const counts = await repo.countReportsByCycleAndState(trx, plan.id, id);
    return presentCycle(after, countsOf(counts, id), todayInShanghai());
  });
}

export const closeCycle = (db: Db, ctx: RequestContext, id: number, version: number) => changeCycle(db, ctx, id, version, 'close');
export const reopenCycle = (db: Db, ctx: RequestContext, id: number, input: CycleReopen) => changeCycle(db, ctx, id, input.version, 'reopen', input);
