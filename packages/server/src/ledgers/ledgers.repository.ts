import type { Db } from '../db/database.js';
import type { DepartmentScope } from '../auth/actor.js';

/** The plan's ledgers with how many items each holds (in the caller's scope), in one query. */
export async function findLedgersWithCounts(db: Db, planId: number, scope: DepartmentScope | null) {
  return db
    .selectFrom('ledgers')
    .leftJoin('ledgerItems', 'ledgerItems.ledgerId', 'ledgers.id')
    .leftJoin('items', (join) => {
      const joined = join.onRef('items.id', '=', 'ledgerItems.itemId');
      if (!scope) return joined;
      return joined.on((eb) =>
        eb.or([
          eb('items.leadDepartmentId', '=', scope.departmentId),
          eb.exists(
            eb
              .selectFrom('itemCoDepartments as cd')
              .select('cd.itemId')
              .whereRef('cd.itemId', '=', 'items.id')
              .where('cd.departmentId', '=', scope.departmentId),
          ),
        ]),
      );
    })
    .selectAll('ledgers')
    .select((eb) => eb.fn.count<number>('items.id').as('itemCount'))
    .where('ledgers.planId', '=', planId)
    .groupBy('ledgers.id')
    .orderBy('ledgers.id')
    .execute();
}
