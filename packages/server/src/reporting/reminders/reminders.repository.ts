import type { Db } from '../../db/database.js';
import { decryptField } from '../../shared/field-crypto.js';

/** Open cycles whose deadline is in [from, to]: the ones to remind about today. */
export async function findOpenCyclesDueBetween(db: Db, from: string, to: string) {
  return db
    .selectFrom('reportingCycles')
    .innerJoin('plans', 'plans.id', 'reportingCycles.planId')
    .select(['reportingCycles.id', 'reportingCycles.planId', 'reportingCycles.period', 'reportingCycles.deadline', 'plans.organisationId'])
    .where('reportingCycles.status', '=', 'open')
    .where('reportingCycles.deadline', '>=', from)
    .where('reportingCycles.deadline', '<=', to)
    .execute();
}

/** Lead departments that still owe a report in the cycle (none yet, a draft, or returned), with how many. */
export async function findDepartmentsOwing(db: Db, cycleId: number, planId: number) {
  return db
    .selectFrom('items')
    .leftJoin('progressReports as r', (join) => join.onRef('r.itemId', '=', 'items.id').on('r.cycleId', '=', cycleId))
    .select(['items.leadDepartmentId', (eb) => eb.fn.countAll<number>().as('owed')])
    .where('items.planId', '=', planId)
    .where('items.leadDepartmentId', 'is not', null)
    .where((eb) => eb.or([eb('r.id', 'is', null), eb('r.state', 'in', ['draft', 'returned'])]))
    .groupBy('items.leadDepartmentId')
    .execute();
}

/**
 * Claims a reminder by its key. Only the first caller gets `true`: with several app servers the
 * unique key makes exactly one of them send it (ON CONFLICT DO NOTHING works on both dialects).
 */
export async function claimReminder(db: Db, key: string, at: string): Promise<boolean> {
  const row = await db
    .insertInto('reminderClaims')
    .values({ key, claimedAt: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function recordReminderSent(db: Db, key: string, count: number): Promise<void> {
  await db.updateTable('reminderClaims').set({ sentCount: count }).where('key', '=', key).execute();
}

export async function findEmailsOfUsers(db: Db, userIds: number[]) {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'displayName'])
    .where('id', 'in', userIds)
    .where('email', 'is not', null)
    .where('isActive', '=', 1)
    .execute();
  // Addresses are stored encrypted (shared/field-crypto.ts).
  return rows.map((row) => ({ ...row, email: decryptField(row.email) }));
}
