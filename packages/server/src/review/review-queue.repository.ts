import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { withScheduleFacts } from '../schedule/evaluation.repository.js';
import type { ItemFilter } from '../items/items.repository.js';
import { filterItems, searchPattern } from '../items/items.repository.js';

/** The periods whose reporting cycle is open: only their submitted reports can be reviewed. */
export async function findOpenCyclePeriods(db: Db, planId: number): Promise<string[]> {
  const rows = await db.selectFrom('reportingCycles').select('period').where('planId', '=', planId).where('status', '=', 'open').execute();
  return rows.map((row) => row.period);
}

/**
 * The submitted reports of one open period in the filter, each with what the schedule rule reads (the
 * period's report is `current`, the item's latest approved report before it `approved`) and whether
 * its progress text differs from the approved one. Lean rows: the texts stay in the database, so the
 * whole queue can be evaluated (to filter by the status it would give) before a page is chosen.
 */
export async function findSubmittedReportsWithFacts(db: Db, filter: ItemFilter, period: string, text: string | undefined) {
  let query = withScheduleFacts(filterItems(db, filter), period).where('current.state', '=', 'submitted');
  if (text) {
    const pattern = searchPattern(text);
    query = query.where((eb) =>
      eb.or([
        sql<boolean>`${sql.ref('items.searchText')} like ${pattern} escape '\\'`,
        sql<boolean>`lower(${sql.ref('current.progress')}) like ${pattern} escape '\\'`,
      ]),
    );
  }
  return query
    .select((eb) => [
      'items.id',
      'items.code',
      'items.startDate',
      'items.deadline',
      'current.version as currentVersion',
      'current.completionBp as currentCompletionBp',
      'current.progressState as currentProgressState',
      eb
        .case()
        .when(sql<string>`coalesce(${sql.ref('current.progress')}, '')`, '=', sql<string>`coalesce(${sql.ref('approved.progress')}, '')`)
        .then(0)
        .else(1)
        .end()
        .as('isProgressChanged'),
    ])
    .execute();
}

export type SubmittedReportFacts = Awaited<ReturnType<typeof findSubmittedReportsWithFacts>>[number];
