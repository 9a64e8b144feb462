import type { ExpressionBuilder, Selectable, SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { selectWithTemplate } from '../db/query-templates.js';
import type { Database, ReportingCycleTable } from '../db/schema.js';

/** Any (filtered, scoped) query of items; the items feature builds it (`filterItems`), evaluation only adds to it. */
export type ItemsQuery = SelectQueryBuilder<Database, 'items', object>;

/**
 * The facts status evaluation needs, one row per item of the (scoped) filter, in one query: the item
 * with its chain; its latest approved report up to the period and the period's own report (any state);
 * and the planned quarters just before (or at) and just after the period — the only points the
 * linear interpolation of the planned % ever uses. Each is an indexed lookup per item, so the cost
 * grows with the items evaluated, not with their history.
 */
export async function findItemsToEvaluate(items: ItemsQuery, period: string) {
  return withScheduleFacts(items, period)
    .leftJoin('areas', 'areas.id', 'items.areaId')
    .leftJoin('departments as lead', 'lead.id', 'items.leadDepartmentId')
    .leftJoin('people as leader', 'leader.id', 'items.leaderPersonId')
    .select([
      'items.id',
      'items.code',
      'items.title',
      'items.startDate',
      'items.deadline',
      'items.areaId',
      'items.leadDepartmentId',
      'items.leaderPersonId',
      'areas.code as areaCode',
      'areas.numeral as areaNumeral',
      'areas.title as areaTitle',
      'areas.sortOrder as areaSortOrder',
      'lead.shortName as leadDepartmentShortName',
      'leader.name as leaderName',
    ])
    .orderBy('areas.sortOrder')
    .orderBy('items.code')
    .execute();
}

/**
 * What the schedule rule reads besides the item's own dates: its reports and the planned quarters
 * around the period, joined to any query of items. A list page takes them with its rows, in the same
 * query (one round trip less per page).
 */
export function withScheduleFacts<O>(items: SelectQueryBuilder<Database, 'items', O>, period: string) {
  return items
    .leftJoin('progressReports as approved', (join) =>
      join.on((eb) =>
        eb(
          'approved.id',
          '=',
          eb
            .selectFrom('progressReports as r')
            .select('r.id')
            .whereRef('r.itemId', '=', 'items.id')
            .where('r.state', '=', 'approved')
            .where('r.period', '<=', period)
            .orderBy('r.period', 'desc')
            .limit(1),
        ),
      ),
    )
    .leftJoin('progressReports as current', (join) => join.onRef('current.itemId', '=', 'items.id').on('current.period', '=', period))
    .leftJoin('quarterlyPlans as planUpTo', (join) => join.on((eb) => eb('planUpTo.id', '=', nearestPlannedQuarter(eb, '<=', period, 'cumulative'))))
    .leftJoin('quarterlyPlans as planAfter', (join) => join.on((eb) => eb('planAfter.id', '=', nearestPlannedQuarter(eb, '>', period, 'cumulative'))))
    .leftJoin('quarterlyPlans as yearUpTo', (join) => join.on((eb) => eb('yearUpTo.id', '=', nearestPlannedQuarter(eb, '<=', period, 'annual'))))
    .leftJoin('quarterlyPlans as yearAfter', (join) => join.on((eb) => eb('yearAfter.id', '=', nearestPlannedQuarter(eb, '>', period, 'annual'))))
    .select((eb) => [
      // Whether the approved report's year (when it is not the judged one) has milestones on the annual basis.
      eb
        .case()
        .when(
          eb.and([
            eb(sql<string>`substr(approved.period, 1, 4)`, '<>', yearOf(period)),
            eb.exists(
              eb
                .selectFrom('quarterlyPlans as qy')
                .select('qy.id')
                .whereRef('qy.itemId', '=', 'items.id')
                .where('qy.basis', '=', 'annual')
                .where('qy.period', '>=', sql<string>`substr(approved.period, 1, 4) || 'Q1'`)
                .where('qy.period', '<=', sql<string>`substr(approved.period, 1, 4) || 'Q4'`),
            ),
          ]),
        )
        .then(1)
        .else(0)
        .end()
        .as('approvedYearIsAnnual'),
    ])
    .select([
      'approved.id as approvedId',
      'approved.period as approvedPeriod',
      'approved.progressState as approvedProgressState',
      'approved.completionBp as approvedCompletionBp',
      'approved.overrideStatus as approvedOverrideStatus',
      'approved.overrideReason as approvedOverrideReason',
      'current.id as currentId',
      'current.state as currentState',
      'current.submittedAt as currentSubmittedAt',
      'current.qualityRating as currentQualityRating',
      'planUpTo.period as planUpToPeriod',
      'planUpTo.cumulativeBp as planUpToBp',
      'planAfter.period as planAfterPeriod',
      'planAfter.cumulativeBp as planAfterBp',
      'yearUpTo.period as yearUpToPeriod',
      'yearUpTo.cumulativeBp as yearUpToBp',
      'yearAfter.period as yearAfterPeriod',
      'yearAfter.cumulativeBp as yearAfterBp',
    ]);
}

/**
 * The item's nearest planned quarter with a figure, up to (`<=`) or after (`>`) the period: on the
 * cumulative basis anywhere in the plan, on the annual basis only within the judged year (whose
 * annual milestones make it an annual year, planned-percent.ts).
 */
function nearestPlannedQuarter(eb: ExpressionBuilder<Database, 'items'>, side: '<=' | '>', period: string, basis: 'cumulative' | 'annual') {
  const query = eb
    .selectFrom('quarterlyPlans as q')
    .select('q.id')
    .whereRef('q.itemId', '=', 'items.id')
    .where('q.period', side, period)
    .where('q.cumulativeBp', 'is not', null)
    .orderBy('q.period', side === '>' ? 'asc' : 'desc')
    .limit(1);
  if (basis === 'cumulative') return query.where((w) => w.or([w('q.basis', 'is', null), w('q.basis', '<>', 'annual')]));
  const yearEdge = side === '>' ? sql<string>`${yearOf(period)} || 'Q4'` : sql<string>`${yearOf(period)} || 'Q1'`;
  return query.where('q.basis', '=', 'annual').where('q.period', side === '>' ? '<=' : '>=', yearEdge);
}

/**
 * The year of a period, `2023` of `2023Q2`, computed in SQL: the period is a query template's
 * argument (query-templates.ts), never looked at in JavaScript.
 */
function yearOf(period: string) {
  return sql<string>`substr(cast(${period} as text), 1, 4)`;
}

export type ItemEvaluationRow = Awaited<ReturnType<typeof findItemsToEvaluate>>[number];

/** What the schedule rule reads of an item: its dates and the facts `withScheduleFacts` joins. */
export type ScheduleFactsRow = Pick<
  ItemEvaluationRow,
  Extract<
    keyof ItemEvaluationRow,
    'startDate' | 'deadline' | `approved${string}` | `current${string}` | `planUpTo${string}` | `planAfter${string}` | `year${string}`
  >
>;

export type CycleRow = Selectable<ReportingCycleTable>;

/**
 * The period's reporting cycle: only a closed one makes a missing report "not reported". Read by every
 * list page that shows statuses: a templated query (see compileWithTemplate).
 */
export async function findCycleByPeriod(db: Db, planId: number, period: string): Promise<CycleRow | undefined> {
  const [cycle] = await selectWithTemplate(db, 'cycles.byPeriod', [planId, period] as const, ([plan, at]) =>
    db.selectFrom('reportingCycles').selectAll().where('planId', '=', plan).where('period', '=', at),
  );
  return cycle;
}
