import type { PlanOverview, PlanPatch } from '@plantrack/contract/plan/plans.contract';
import type { Actor, RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { planPolicies } from './plan.policies.js';
import { presentArea, presentPlan } from './plans.presenter.js';
import { findAreasOfPlan, findCurrentPlan, updatePlanIfVersion } from './plans.repository.js';

export type PlanRow = NonNullable<Awaited<ReturnType<typeof findCurrentPlan>>>;

export async function getCurrentPlan(db: Db, actor: Actor): Promise<PlanRow> {
  const plan = await findCurrentPlan(db, actor.organisationId);
  if (!plan) throw new AppError('NOT_FOUND', { entity: 'plan' });
  return plan;
}

/** The current plan with its key task areas, as the plan page shows it. */
export async function getPlanOverview(db: Db, actor: Actor): Promise<PlanOverview> {
  const plan = await getCurrentPlan(db, actor);
  const areas = await findAreasOfPlan(db, plan.id);
  return { ...presentPlan(plan), areas: areas.map(presentArea), policies: planPolicies(actor) };
}

export async function updatePlan(db: Db, ctx: RequestContext, patch: PlanPatch) {
  await db.transaction().execute(async (trx) => {
    const before = await getCurrentPlan(trx, ctx.actor);
    const { version, ...changes } = patch;
    const startYear = changes.startYear ?? before.startYear;
    const endYear = changes.endYear ?? before.endYear;
    if (endYear < startYear) throw new AppError('VALIDATION_FAILED', { field: 'endYear', reason: 'endYear is before startYear' });
    const updated = await updatePlanIfVersion(trx, before.id, version, { ...changes, updatedAt: nowIso() });
    if (!updated) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    await recordAudit(trx, ctx, { action: 'plan.update', entityType: 'plan', entityId: before.id, before: presentPlan(before), after: presentPlan(updated) });
  });
  return getPlanOverview(db, ctx.actor);
}
