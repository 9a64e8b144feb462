import type { Indicator, IndicatorListQuery, IndicatorPage, IndicatorPatch } from '@plantrack/contract/indicators/indicators.contract';
import { resolveSettings } from '@plantrack/domain';
import { getRuleOverrides } from '../settings/settings.service.js';
import type { Actor, RequestContext } from '../auth/actor.js';
import { scopeOf } from '../auth/actor.js';
import { has } from '../auth/capabilities.js';
import { requirePolicy } from '../auth/policies.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import type { ItemFilter } from '../items/items.repository.js';
import { resolveDepartmentFilter } from '../items/items.service.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { AppError, notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { findCyclesOfPlan } from '../reporting/cycles.repository.js';
import { requireDataSourceDepartment } from './indicator-of-item.js';
import { INDICATORS } from './indicators.policies.js';
import { indicatorValuePolicies, presentIndicator } from './indicators.presenter.js';
import * as repo from './indicators.repository.js';

function groupBy<T extends { indicatorId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(row.indicatorId, [...(groups.get(row.indicatorId) ?? []), row]);
  return groups;
}

async function presentRows(db: Db, actor: Actor, rows: repo.IndicatorListRow[], withSeries: boolean, asOf: string | null) {
  const ids = rows.map((row) => row.id);
  const [values, targets, overrides, cycles] = await Promise.all([
    repo.findValuesOfIndicators(db, ids),
    repo.findYearlyTargetsOfIndicators(db, ids),
    getRuleOverrides(db, actor.organisationId),
    // A value's policies depend on its period's cycle; only the series (detail) shows them.
    withSeries && rows[0] ? findCyclesOfPlan(db, rows[0].planId) : [],
  ]);
  const cycleStatus = new Map(cycles.map((cycle) => [cycle.period, cycle.status]));
  const thresholds = resolveSettings(overrides).indicator;
  const valuesById = groupBy(values);
  const targetsById = groupBy(targets);
  return rows.map((row) =>
    presentIndicator(
      row,
      valuesById.get(row.id) ?? [],
      (targetsById.get(row.id) ?? []).map(({ year, value }) => ({ year, value })),
      { withSeries, asOf, thresholds, policiesOf: (value) => indicatorValuePolicies(actor, value.state, cycleStatus.get(value.period) ?? null) },
    ),
  );
}

export async function listIndicators(db: Db, actor: Actor, query: IndicatorListQuery): Promise<IndicatorPage> {
  const plan = await getCurrentPlan(db, actor);
  const filter: ItemFilter = {
    planId: plan.id,
    scope: scopeOf(actor),
    areaCode: query.area,
    departmentId: await resolveDepartmentFilter(db, actor.organisationId, query.department),
    text: query.q || undefined,
    retired: query.retired,
  };
  const offset = (query.page - 1) * query.pageSize;
  const [total, rows] = await Promise.all([repo.countIndicators(db, filter), repo.findIndicatorPage(db, filter, query.pageSize, offset)]);
  return { indicators: await presentRows(db, actor, rows, false, query.asOf ?? null), total, page: query.page, pageSize: query.pageSize };
}

/** Every indicator the caller may see, assessed for `asOf`; `narrow` keeps one leader's (a portfolio). */
export async function assessIndicators(db: Db, actor: Actor, asOf: string, narrow: { leaderPersonId?: number } = {}) {
  const plan = await getCurrentPlan(db, actor);
  const rows = await repo.findIndicatorPage(db, { planId: plan.id, scope: scopeOf(actor), ...narrow }, null, 0);
  return presentRows(db, actor, rows, false, asOf);
}

/** The indicator as the caller may see it; another department's indicator is "not found". */
export async function getIndicatorRow(db: Db, actor: Actor, id: number) {
  const plan = await getCurrentPlan(db, actor);
  const [row] = await repo.findIndicatorPage(db, { planId: plan.id, scope: scopeOf(actor), indicatorId: id }, 1, 0);
  if (!row) throw notFound('indicator', id);
  return row;
}

export async function getIndicator(db: Db, actor: Actor, id: number, asOf: string | null = null): Promise<Indicator> {
  const [indicator] = await presentRows(db, actor, [await getIndicatorRow(db, actor, id)], true, asOf);
  return indicator!;
}

export async function updateIndicator(db: Db, ctx: RequestContext, id: number, patch: IndicatorPatch) {
  await db.transaction().execute(async (trx) => {
    const before = await getIndicator(trx, ctx.actor, id);
    requirePolicy(has(ctx.actor, INDICATORS.edit));
    const { version, yearlyTargets, ...changes } = patch;
    await requireDataSourceDepartment(trx, ctx.actor.organisationId, changes.dataSourceDepartmentId);
    const updated = await repo.updateIndicatorIfVersion(trx, id, version, { ...changes, updatedAt: nowIso() });
    if (!updated) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    if (yearlyTargets) await repo.replaceYearlyTargets(trx, id, yearlyTargets);
    await recordAudit(trx, ctx, { action: 'indicator.update', entityType: 'indicator', entityId: id, before, after: await getIndicator(trx, ctx.actor, id) });
  });
  return getIndicator(db, ctx.actor, id);
}

/**
 * Retires an indicator the office no longer tracks (or brings it back): lists, dashboards, the
 * evaluation, the bulletin and the handout leave a retired one out; its page, values and history stay.
 */
export async function setIndicatorRetired(db: Db, ctx: RequestContext, id: number, version: number, retire: boolean) {
  await db.transaction().execute(async (trx) => {
    const before = await getIndicator(trx, ctx.actor, id);
    requirePolicy(has(ctx.actor, INDICATORS.edit));
    if ((before.retiredAt !== null) === retire) throw new AppError('INVALID_STATE', { retiredAt: before.retiredAt });
    const now = nowIso();
    const updated = await repo.updateIndicatorIfVersion(trx, id, version, { retiredAt: retire ? now : null, updatedAt: now });
    if (!updated) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    const action = retire ? 'indicator.retire' : 'indicator.reinstate';
    await recordAudit(trx, ctx, { action, entityType: 'indicator', entityId: id, before, after: await getIndicator(trx, ctx.actor, id) });
  });
  return getIndicator(db, ctx.actor, id);
}
