import type { Db } from '../../db/database.js';
import type { ItemFilter } from '../../items/items.repository.js';
import { filterItems } from '../../items/items.repository.js';

/**
 * What the handout shows beyond the item list and its computed status, for every item of the filter
 * in one query: the quarter's milestone as planned, and the quarter's approved report (进展情况,
 * 存在问题). Only approved reports count, as everywhere a figure is shown.
 */
export async function findQuarterFacts(db: Db, filter: ItemFilter, period: string) {
  return filterItems(db, filter)
    .leftJoin('quarterlyPlans as plan', (join) => join.onRef('plan.itemId', '=', 'items.id').on('plan.period', '=', period))
    .leftJoin('progressReports as report', (join) =>
      join.onRef('report.itemId', '=', 'items.id').on('report.period', '=', period).on('report.state', '=', 'approved'),
    )
    .select(['items.id', 'plan.milestone', 'report.progress', 'report.problems'])
    .execute();
}

export type QuarterFacts = Awaited<ReturnType<typeof findQuarterFacts>>[number];

/** The ledger's short name (总台账) for the note row and the file name; its full title is too long for either. */
export async function findLedgerName(db: Db, planId: number, kind: string): Promise<string | null> {
  const row = await db.selectFrom('ledgers').select(['name', 'shortName']).where('planId', '=', planId).where('kind', '=', kind).executeTakeFirst();
  return row ? (row.shortName ?? row.name) : null;
}
