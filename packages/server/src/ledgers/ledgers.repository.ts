import type { Updateable } from 'kysely';
import type { Db } from '../db/database.js';
import { isPostgres } from '../db/dialect.js';
import { involvesDepartment } from '../items/items.repository.js';
import type { LedgerTable } from '../db/schema.js';
import type { DepartmentScope } from '../auth/actor.js';

/** The plan's ledgers with how many items each holds (in the caller's scope), in one query. */
export async function findLedgersWithCounts(db: Db, planId: number, scope: DepartmentScope | null) {
  return db
    .selectFrom('ledgers')
    .leftJoin('ledgerItems', 'ledgerItems.ledgerId', 'ledgers.id')
    .leftJoin('items', (join) => {
      const joined = join.onRef('items.id', '=', 'ledgerItems.itemId');
      if (!scope) return joined;
      return joined.on((eb) => involvesDepartment(eb, scope.departmentId, isPostgres(db)));
    })
    .selectAll('ledgers')
    .select((eb) => eb.fn.count<number>('items.id').as('itemCount'))
    .where('ledgers.planId', '=', planId)
    .groupBy('ledgers.id')
    .orderBy('ledgers.id')
    .execute();
}

export async function findLedgerOfPlan(db: Db, planId: number, kind: string) {
  return db.selectFrom('ledgers').selectAll().where('planId', '=', planId).where('kind', '=', kind).executeTakeFirst();
}

/** Applies the change only when `version` still matches; undefined means stale. */
export async function updateLedgerIfVersion(db: Db, id: number, version: number, changes: Updateable<LedgerTable>) {
  return db
    .updateTable('ledgers')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}
