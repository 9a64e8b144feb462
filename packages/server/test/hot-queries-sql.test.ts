import { describe, expect, it } from 'vitest';
import { findSessionWithUser } from '../src/auth/sessions.repository.js';
import { findCellPlannedQuarters, findPlannedQuarters } from '../src/dashboard/roadmap.repository.js';
import type { DatabaseKind } from '../src/db/dialect.js';
import type { Db } from '../src/db/database.js';
import { filterItems, findItemIdPage, findItemRowsWithFacts } from '../src/items/items.repository.js';
import { findCurrentPlan } from '../src/plan/plans.repository.js';
import { findSubmittedReportsWithFacts } from '../src/review/review-queue.repository.js';
import { findItemsToEvaluate } from '../src/schedule/evaluation.repository.js';
import { captureSql } from './support/capture-sql.js';
import { formatSql } from './support/format-sql.js';

/**
 * The SQL of the queries every busy page runs, as each dialect receives it, kept in `__sql__/` beside
 * this file. These shapes were tuned (indexes, subqueries, arrays on PostgreSQL); a change to one
 * shows in review as a change to its file. After an intended change,
 * `npx vitest run packages/server/test/hot-queries-sql.test.ts -u` rewrites the files (the flag after
 * the file: `-u` takes a value); read their diff before committing.
 */
const PLAN = 1;
const PERIOD = '2026Q3';
const DEPARTMENT = { departmentId: 7 };

const HOT_QUERIES: Record<string, (db: Db) => Promise<unknown>> = {
  'session-lookup': (db) => findSessionWithUser(db, 'session-id'),
  'current-plan': (db) => findCurrentPlan(db, 3),
  'item-list.ids': (db) => findItemIdPage(db, { planId: PLAN, scope: null }, 'code', false, 50, 0),
  'item-list.ids-of-department': (db) =>
    findItemIdPage(db, { planId: PLAN, scope: DEPARTMENT, ledgerKind: 'province_key_tasks', areaCode: '3', chainIncomplete: true }, 'deadline', true, 50, 0),
  'item-list.ids-with-status': (db) => findItemIdPage(db, { planId: PLAN, scope: null, itemIds: [11, 12, 13] }, 'updatedAt', false, 50, 0),
  'item-list.ids-of-search': (db) => findItemIdPage(db, { planId: PLAN, scope: null, text: '节能降碳' }, 'code', false, 50, 0),
  'item-list.rows': (db) => findItemRowsWithFacts(db, { planId: PLAN, scope: null }, [11, 12, 13], PERIOD),
  'item-page': (db) => findItemRowsWithFacts(db, { planId: PLAN, scope: DEPARTMENT }, [11], PERIOD),
  'dashboard-evaluation': (db) => findItemsToEvaluate(filterItems(db, { planId: PLAN, scope: null }), PERIOD),
  'roadmap-planned-quarters': (db) => findPlannedQuarters(db, PLAN, ['2026Q1', '2026Q2', '2026Q3', '2026Q4']),
  'roadmap-cell-planned-quarters': (db) => findCellPlannedQuarters(db, PLAN, 3, PERIOD),
  'review-queue': (db) => findSubmittedReportsWithFacts(db, { planId: PLAN, scope: null, ledgerKind: 'master', departmentId: 7 }, PERIOD, '供热'),
};

describe.each<DatabaseKind>(['sqlite', 'postgres'])('the SQL of the hot queries on %s', (kind) => {
  it.each(Object.keys(HOT_QUERIES))('%s is the committed SQL', async (name) => {
    const { db, take } = captureSql(kind);
    await HOT_QUERIES[name]!(db);
    const queries = take().map((query) => `${formatSql(query.sql)};\n-- parameters: ${JSON.stringify(query.parameters)}\n`);
    expect(queries.length).toBeGreaterThan(0);
    await expect(queries.join('\n')).toMatchFileSnapshot(`__sql__/${name}.${kind}.sql`);
  });
});
