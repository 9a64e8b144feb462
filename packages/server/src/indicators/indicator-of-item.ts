import type { IndicatorCreate } from '@plantrack/contract/indicators/indicators.contract';
import type { RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { findDepartmentById } from '../organisation/departments.repository.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { insertIndicator, replaceYearlyTargets } from './indicators.repository.js';

/** The department that supplies an indicator's figures must be one of the caller's organisation. */
export async function requireDataSourceDepartment(db: Db, organisationId: number, departmentId: number | null | undefined): Promise<void> {
  if (!departmentId) return;
  const department = await findDepartmentById(db, organisationId, departmentId);
  if (!department) throw new AppError('UNKNOWN_REFERENCE', { field: 'dataSourceDepartmentId', value: departmentId });
}

/**
 * An item of the key-indicator ledger is an indicator: it gets its indicator row in the same
 * transaction. As on import, higher-is-better is assumed when no direction is given and the target
 * year is the plan's last year unless stated.
 */
export async function createIndicatorOfItem(
  db: Db,
  ctx: RequestContext,
  plan: { id: number; endYear: number; organisationId: number },
  itemId: number,
  fields: IndicatorCreate,
): Promise<number> {
  const { yearlyTargets, ...columns } = fields;
  await requireDataSourceDepartment(db, plan.organisationId, columns.dataSourceDepartmentId);
  const now = nowIso();
  const row = { direction: 'higher_better' as const, targetYear: plan.endYear, ...columns, planId: plan.id, itemId };
  const id = await insertIndicator(db, { ...row, createdAt: now, updatedAt: now });
  if (yearlyTargets?.length) await replaceYearlyTargets(db, id, yearlyTargets);
  await recordAudit(db, ctx, { action: 'indicator.create', entityType: 'indicator', entityId: id, after: { ...row, yearlyTargets: yearlyTargets ?? [] } });
  return id;
}
