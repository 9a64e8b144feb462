import type { AreaPatch, AreaWithPolicies } from '@plantrack/contract/plan/plans.contract';
import type { Actor, RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { AppError, notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { planPolicies } from './plan.policies.js';
import { presentArea } from './plans.presenter.js';
import { findAreaOfPlan, findAreasOfPlan, updateAreaIfVersion } from './plans.repository.js';
import { getCurrentPlan } from './plans.service.js';

export async function listAreas(db: Db, actor: Actor): Promise<AreaWithPolicies[]> {
  const plan = await getCurrentPlan(db, actor);
  const areas = await findAreasOfPlan(db, plan.id);
  return areas.map((area) => ({ ...presentArea(area), policies: planPolicies(actor) }));
}

/** An area of the caller's current plan; another organisation's is "not found". */
export async function updateArea(db: Db, ctx: RequestContext, id: number, patch: AreaPatch): Promise<AreaWithPolicies> {
  const area = await db.transaction().execute(async (trx) => {
    const plan = await getCurrentPlan(trx, ctx.actor);
    const before = await findAreaOfPlan(trx, plan.id, id);
    if (!before) throw notFound('area', id);
    const { version, targets, ...changes } = patch;
    const targetsText = targets === undefined ? {} : { targets: JSON.stringify(targets) };
    const updated = await updateAreaIfVersion(trx, id, version, { ...changes, ...targetsText, updatedAt: nowIso() });
    if (!updated) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    await recordAudit(trx, ctx, { action: 'area.update', entityType: 'area', entityId: id, before: presentArea(before), after: presentArea(updated) });
    return updated;
  });
  return { ...presentArea(area), policies: planPolicies(ctx.actor) };
}
