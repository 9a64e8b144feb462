import type { ReportAction } from '@plantrack/domain';
import type { RequestContext } from '../auth/actor.js';
import { has } from '../auth/capabilities.js';
import { requirePolicy } from '../auth/policies.js';
import type { Db } from '../db/database.js';
import type { IndicatorValueUpdate } from '../db/schema.js';
import { notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { requireValuePeriodWritable, transitionIndicatorValue } from './indicator-value-workflow.js';
import { INDICATORS } from './indicators.policies.js';
import { findIndicatorValue } from './indicators.repository.js';
import { getIndicator, getIndicatorRow } from './indicators.service.js';

interface Step {
  action: Exclude<ReportAction, 'save'>;
  isAllowed: (ctx: RequestContext) => boolean;
  changes: (ctx: RequestContext, now: string) => IndicatorValueUpdate;
}

/** One step of a value's review, in one transaction: scope (404), role (403), cycle, state and version (409). */
async function takeStep(db: Db, ctx: RequestContext, id: number, period: string, version: number, step: Step) {
  await db.transaction().execute(async (trx) => {
    await getIndicatorRow(trx, ctx.actor, id);
    const value = await findIndicatorValue(trx, id, period);
    if (!value) throw notFound('indicator_value', `${id}/${period}`);
    requirePolicy(step.isAllowed(ctx));
    await requireValuePeriodWritable(trx, ctx, period);
    // Submitting twice is harmless, as for reports: a double click never fails or duplicates.
    if (step.action === 'submit' && (value.state === 'submitted' || value.state === 'approved')) return;
    await transitionIndicatorValue(trx, ctx, value, version, step.action, step.changes(ctx, nowIso()));
  });
  return getIndicator(db, ctx.actor, id);
}

const maySubmit = (ctx: RequestContext) => has(ctx.actor, INDICATORS.submitValues);
const mayReview = (ctx: RequestContext) => has(ctx.actor, INDICATORS.reviewValues);

/** The department head submits the period's value for review. */
export function submitIndicatorValue(db: Db, ctx: RequestContext, id: number, period: string, version: number) {
  return takeStep(db, ctx, id, period, version, {
    action: 'submit',
    isAllowed: maySubmit,
    changes: (c, now) => ({ submittedAt: now, submittedBy: c.actor.userId }),
  });
}

/** The department head takes a submitted value back before the office reviews it. */
export function withdrawIndicatorValue(db: Db, ctx: RequestContext, id: number, period: string, version: number) {
  return takeStep(db, ctx, id, period, version, { action: 'withdraw', isAllowed: maySubmit, changes: () => ({ submittedAt: null, submittedBy: null }) });
}

/** The office approves the value: from now on it counts in the indicator's assessment. */
export function approveIndicatorValue(db: Db, ctx: RequestContext, id: number, period: string, body: { version: number; comment?: string | undefined }) {
  return takeStep(db, ctx, id, period, body.version, {
    action: 'approve',
    isAllowed: mayReview,
    changes: (c, now) => ({ reviewedAt: now, reviewedBy: c.actor.userId, reviewComment: body.comment || null }),
  });
}

/** The office returns the value with a comment; the department corrects it and submits again. */
export function returnIndicatorValue(db: Db, ctx: RequestContext, id: number, period: string, body: { version: number; comment: string }) {
  return takeStep(db, ctx, id, period, body.version, {
    action: 'return',
    isAllowed: mayReview,
    changes: (c, now) => ({ reviewedAt: now, reviewedBy: c.actor.userId, reviewComment: body.comment }),
  });
}
