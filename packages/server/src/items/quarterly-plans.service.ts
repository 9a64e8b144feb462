import { bpFromPercent, comparePeriods, periodsOfYears, statedBasis } from '@plantrack/domain';
import type { MilestoneBasis } from '@plantrack/domain';
import type { Actor, RequestContext } from '../auth/actor.js';
import { requirePolicy } from '../auth/policies.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { getItem } from './items.service.js';
import { presentQuarterlyPlans } from './quarterly-plans.presenter.js';
import * as repo from './quarterly-plans.repository.js';
import type { QuarterlyPlanBody } from '@plantrack/contract/items/quarterly-plans.contract';

export async function listQuarterlyPlans(db: Db, actor: Actor, itemId: number) {
  const item = await getItem(db, actor, itemId);
  const plan = await getCurrentPlan(db, actor);
  return presentQuarterlyPlans(periodsOfYears(plan.startYear, plan.endYear), await repo.findQuarterlyPlansOfItem(db, item.id));
}

/**
 * Sets one quarter's milestone and cumulative %. The department that answers for the item (or the
 * office) may do it. Cumulative means it may not fall below an earlier quarter or exceed a later one.
 */
export async function setQuarterlyPlan(db: Db, ctx: RequestContext, itemId: number, period: string, body: QuarterlyPlanBody) {
  await db.transaction().execute(async (trx) => {
    const item = await getItem(trx, ctx.actor, itemId);
    requirePolicy(item.policies.canEditPlans);
    const plan = await getCurrentPlan(trx, ctx.actor);
    if (!periodsOfYears(plan.startYear, plan.endYear).includes(period))
      throw new AppError('VALIDATION_FAILED', { field: 'period', value: period, reason: 'outside the plan years' });
    const rows = await repo.findQuarterlyPlansOfItem(trx, itemId);
    const cumulativeBp = bpFromPercent(body.cumulativePercent);
    const basis = cumulativeBp === null ? null : (body.basis ?? basisStatedIn(body.milestone));
    checkCumulative(rows, period, cumulativeBp, basis);
    const existing = rows.find((row) => row.period === period);
    const now = nowIso();
    const fields = { milestone: body.milestone, cumulativeBp, basis, updatedAt: now };
    if (existing) {
      if (body.version === undefined) throw new AppError('VALIDATION_FAILED', { field: 'version', reason: 'required to change an existing plan' });
      const updated = await repo.updateQuarterlyPlanIfVersion(trx, existing.id, body.version, fields);
      if (!updated) throw new AppError('STALE_VERSION', { currentVersion: existing.version });
    } else {
      await repo.insertQuarterlyPlan(trx, { itemId, period, ...fields, createdAt: now });
    }
    await recordAudit(trx, ctx, {
      action: 'quarterly_plan.set',
      entityType: 'item',
      entityId: itemId,
      before: existing ? { period, milestone: existing.milestone, cumulativeBp: existing.cumulativeBp, basis: existing.basis } : null,
      after: { period, milestone: body.milestone, cumulativeBp, basis },
    });
  });
  return listQuarterlyPlans(db, ctx.actor, itemId);
}

function basisStatedIn(milestone: string | null): MilestoneBasis {
  return (milestone === null ? null : statedBasis(milestone)) ?? 'cumulative';
}

/**
 * A plan's figures may not fall as the quarters go on: cumulative ones over the whole plan, those of
 * the year's task within their year. Figures on the other basis are not compared.
 */
function checkCumulative(rows: repo.QuarterlyPlanRow[], period: string, bp: number | null, basis: MilestoneBasis | null): void {
  if (bp === null) return;
  const comparable = rows.filter(
    (row) => row.cumulativeBp !== null && (row.basis ?? 'cumulative') === basis && (basis !== 'annual' || row.period.slice(0, 4) === period.slice(0, 4)),
  );
  const earlier = comparable.filter((row) => comparePeriods(row.period, period) < 0 && (row.cumulativeBp ?? 0) > bp);
  const later = comparable.filter((row) => comparePeriods(row.period, period) > 0 && (row.cumulativeBp ?? 0) < bp);
  const conflict = earlier[earlier.length - 1] ?? later[0];
  if (conflict)
    throw new AppError('VALIDATION_FAILED', { field: 'cumulativePercent', reason: 'cumulative plan must not decrease', conflictingPeriod: conflict.period });
}
