import type { IndicatorValueBody } from '@plantrack/contract/indicators/indicator-values.contract';
import type { RequestContext } from '../auth/actor.js';
import { has } from '../auth/capabilities.js';
import { requirePolicy } from '../auth/policies.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { isOffice, requireValuePeriodWritable, transitionIndicatorValue } from './indicator-value-workflow.js';
import { INDICATORS } from './indicators.policies.js';
import type { IndicatorValueRow } from './indicators.repository.js';
import { findIndicatorValue, insertIndicatorValue, updateIndicatorValueIf } from './indicators.repository.js';
import { getIndicator, getIndicatorRow } from './indicators.service.js';

/**
 * An indicator's value (and provincial rank) for a period. A department answerable for the indicator
 * saves a draft, which counts only once submitted and approved; the office's own entry (e.g. from the
 * statistics bureau) is approved at once. There is one value per indicator and period.
 */
export async function setIndicatorValue(db: Db, ctx: RequestContext, id: number, period: string, body: IndicatorValueBody) {
  await db.transaction().execute(async (trx) => {
    await getIndicatorRow(trx, ctx.actor, id);
    requirePolicy(isOffice(ctx) || has(ctx.actor, INDICATORS.draftValues));
    await requireValuePeriodWritable(trx, ctx, period);
    const existing = await findIndicatorValue(trx, id, period);
    if (existing && body.version === undefined)
      throw new AppError('STALE_VERSION', { currentVersion: existing.version, reason: 'a value for this period exists; send its version' });
    if (isOffice(ctx)) await enterAsOffice(trx, ctx, id, period, existing, body);
    else await saveDraft(trx, ctx, id, period, existing, body);
  });
  return getIndicator(db, ctx.actor, id);
}

function fieldsOf(body: IndicatorValueBody) {
  return { value: body.value, provincialRank: body.provincialRank, note: body.note };
}

/** The office's entry is its own data: approved as entered, replacing whatever the period held. */
async function enterAsOffice(
  trx: Db,
  ctx: RequestContext,
  indicatorId: number,
  period: string,
  existing: IndicatorValueRow | undefined,
  body: IndicatorValueBody,
) {
  const now = nowIso();
  const approved = { ...fieldsOf(body), state: 'approved' as const, reviewedBy: ctx.actor.userId, reviewedAt: now, reviewComment: null, updatedAt: now };
  const after = existing
    ? await updateIndicatorValueIf(trx, existing.id, body.version!, ['draft', 'submitted', 'returned', 'approved'], approved)
    : await insertIndicatorValue(trx, { indicatorId, period, ...approved, createdAt: now });
  if (!after) throw new AppError('STALE_VERSION', { currentVersion: existing!.version });
  await recordAudit(trx, ctx, { action: 'indicator_value.enter', entityType: 'indicator_value', entityId: after.id, before: existing ?? null, after });
}

/** A department's value starts as a draft; a draft or a returned value is corrected in place. */
async function saveDraft(trx: Db, ctx: RequestContext, indicatorId: number, period: string, existing: IndicatorValueRow | undefined, body: IndicatorValueBody) {
  if (existing) {
    await transitionIndicatorValue(trx, ctx, existing, body.version!, 'save', fieldsOf(body));
    return;
  }
  const now = nowIso();
  const created = await insertIndicatorValue(trx, { indicatorId, period, ...fieldsOf(body), state: 'draft', createdAt: now, updatedAt: now });
  await recordAudit(trx, ctx, { action: 'indicator_value.create', entityType: 'indicator_value', entityId: created.id, after: created });
}
