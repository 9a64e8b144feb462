import { nextReportState, REPORT_STATES } from '@plantrack/domain';
import type { ReportAction } from '@plantrack/domain';
import type { RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { has } from '../auth/capabilities.js';
import type { Db } from '../db/database.js';
import type { IndicatorValueUpdate } from '../db/schema.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { requireWritablePeriod } from '../reporting/cycles.service.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { INDICATORS } from './indicators.policies.js';
import type { IndicatorValueRow } from './indicators.repository.js';
import { updateIndicatorValueIf } from './indicators.repository.js';

/**
 * Indicator values take the progress reports' path (draft → submitted → approved, or returned and
 * corrected): only approved values count. The office's own data entry is approved as it is made.
 */
export function isOffice(ctx: RequestContext): boolean {
  return has(ctx.actor, INDICATORS.enterOfficialValues);
}

/** A period's values change only while its cycle is open; without a cycle, only the office enters them. */
export async function requireValuePeriodWritable(trx: Db, ctx: RequestContext, period: string): Promise<void> {
  const plan = await getCurrentPlan(trx, ctx.actor);
  await requireWritablePeriod(trx, plan.id, period, isOffice(ctx));
}

/**
 * Moves a value along the workflow: the action must be allowed from its state (the domain's rule),
 * and the row changes only if nobody changed it meanwhile. Writes the audit with before and after.
 */
export async function transitionIndicatorValue(
  trx: Db,
  ctx: RequestContext,
  value: IndicatorValueRow,
  version: number,
  action: ReportAction,
  changes: IndicatorValueUpdate = {},
) {
  const next = nextReportState(value.state, action);
  if (next === null) throw new AppError('INVALID_STATE', { state: value.state, action });
  const fromStates = REPORT_STATES.filter((state) => nextReportState(state, action) !== null);
  const updated = await updateIndicatorValueIf(trx, value.id, version, fromStates, { ...changes, state: next, updatedAt: nowIso() });
  if (!updated) throw new AppError('STALE_VERSION', { currentVersion: value.version });
  await recordAudit(trx, ctx, {
    action: `indicator_value.${action}`,
    entityType: 'indicator_value',
    entityId: value.id,
    before: value,
    after: updated,
  });
  return updated;
}
