import { insertRows } from '../../db/bulk-insert.js';
import type { Db } from '../../db/database.js';
import { insertPerson, updatePersonIfVersion } from '../../organisation/people.repository.js';
import { findSectionByName, insertSection } from '../../organisation/sections.repository.js';
import { AppError } from '../../shared/app-error.js';
import { decryptField } from '../../shared/field-crypto.js';

/** The writes an import needs beyond those the items, indicators and organisation features already offer. */

/** The section of that name in the department, created when the ledger names one the system lacks. */
export async function findOrCreateSection(db: Db, departmentId: number, name: string, now: string): Promise<number> {
  const existing = await findSectionByName(db, departmentId, name);
  if (existing) return existing.id;
  return (await insertSection(db, { departmentId, name, createdAt: now, updatedAt: now })).id;
}

/**
 * The department's staff member of that name (工作人员), created when new. A phone in the ledger
 * replaces the stored one: the ledger is where offices keep their contact list.
 */
export async function findOrCreateStaff(
  db: Db,
  staff: { organisationId: number; departmentId: number | null; sectionId: number | null; name: string; phone: string | null | undefined },
  now: string,
): Promise<number> {
  let query = db.selectFrom('people').selectAll().where('organisationId', '=', staff.organisationId).where('kind', '=', 'staff').where('name', '=', staff.name);
  query = staff.departmentId === null ? query.where('departmentId', 'is', null) : query.where('departmentId', '=', staff.departmentId);
  const existing = await query.orderBy('id').executeTakeFirst();
  if (!existing) {
    const { organisationId, departmentId, sectionId, name } = staff;
    const row = await insertPerson(db, {
      organisationId,
      kind: 'staff',
      name,
      title: null,
      phone: staff.phone ?? null,
      departmentId,
      sectionId,
      createdAt: now,
      updatedAt: now,
    });
    return row.id;
  }
  // Phones are stored encrypted; people.repository encrypts the new one.
  if (staff.phone != null && staff.phone !== decryptField(existing.phone)) {
    const updated = await updatePersonIfVersion(db, existing.id, existing.version, { phone: staff.phone, updatedAt: now });
    if (!updated) throw new AppError('STALE_VERSION', { entity: 'person', id: existing.id });
  }
  return existing.id;
}

export async function addLedgerMembership(db: Db, ledgerId: number, itemId: number): Promise<void> {
  const existing = await db.selectFrom('ledgerItems').select('itemId').where('ledgerId', '=', ledgerId).where('itemId', '=', itemId).executeTakeFirst();
  if (!existing) await db.insertInto('ledgerItems').values({ ledgerId, itemId }).execute();
}

/** New items into the ledger: they cannot be members yet, so no look-up first. */
export async function insertLedgerMemberships(db: Db, ledgerId: number, itemIds: readonly number[]): Promise<void> {
  await insertRows(
    db,
    'ledgerItems',
    itemIds.map((itemId) => ({ ledgerId, itemId })),
  );
}

/** Sets one year's target; null removes it. */
export async function setYearlyTarget(db: Db, indicatorId: number, year: number, value: string | null): Promise<void> {
  await db.deleteFrom('indicatorYearlyTargets').where('indicatorId', '=', indicatorId).where('year', '=', year).execute();
  if (value !== null) await db.insertInto('indicatorYearlyTargets').values({ indicatorId, year, value }).execute();
}
