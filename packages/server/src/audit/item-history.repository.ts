import type { ExpressionBuilder } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { AuditRow } from './audit.repository.js';

/**
 * The audit rows that concern one item: the item itself (its fields, quarterly plans, deadline
 * extensions, acknowledgements) and the records that hang off it — its progress reports, its indicator
 * and the indicator's values, its supervision orders, extension requests and evidence files. Those are recorded under
 * their own type and id, so each is found through its table's item index (`cast(id as text)`: the
 * audit log keeps ids as text). Only changes that happened (outcome success) are history.
 */
function concernsItem(eb: ExpressionBuilder<Database, 'auditLog'>, itemId: number) {
  const idsOf = (table: 'progressReports' | 'indicators' | 'supervisionOrders' | 'extensionRequests' | 'evidenceFiles') =>
    eb
      .selectFrom(table)
      .select(sql<string>`cast(${sql.ref(`${table}.id`)} as text)`.as('entityId'))
      .where(sql.ref(`${table}.itemId`), '=', itemId);
  const indicatorValueIds = eb
    .selectFrom('indicatorValues')
    .innerJoin('indicators', 'indicators.id', 'indicatorValues.indicatorId')
    .select(sql<string>`cast(${sql.ref('indicatorValues.id')} as text)`.as('entityId'))
    .where('indicators.itemId', '=', itemId);
  return eb.or([
    eb.and([eb('entityType', '=', 'item'), eb('entityId', '=', String(itemId))]),
    eb.and([eb('entityType', '=', 'progress_report'), eb('entityId', 'in', idsOf('progressReports'))]),
    eb.and([eb('entityType', '=', 'indicator'), eb('entityId', 'in', idsOf('indicators'))]),
    eb.and([eb('entityType', '=', 'indicator_value'), eb('entityId', 'in', indicatorValueIds)]),
    eb.and([eb('entityType', '=', 'supervision_order'), eb('entityId', 'in', idsOf('supervisionOrders'))]),
    eb.and([eb('entityType', '=', 'extension_request'), eb('entityId', 'in', idsOf('extensionRequests'))]),
    // Evidence still attached; a file removed since leaves only the report's own history.
    eb.and([eb('entityType', '=', 'evidence_file'), eb('entityId', 'in', idsOf('evidenceFiles'))]),
  ]);
}

/** One page of the item's history, newest first, with the total; two queries whatever the history's length. */
export async function findItemHistoryPage(db: Db, organisationId: number, itemId: number, limit: number, offset: number) {
  const query = db
    .selectFrom('auditLog')
    .where('organisationId', '=', organisationId)
    .where('outcome', '=', 'success')
    .where((eb) => concernsItem(eb, itemId));
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as AuditRow[], total: Number(count.total) };
}

export interface HistoryAuthor {
  id: number;
  displayName: string;
  role: string;
}

/** Who made the changes on a page: name and role, in one query. */
export async function findHistoryAuthors(db: Db, organisationId: number, userIds: number[]): Promise<Map<number, HistoryAuthor>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'displayName', 'role'])
    .where('organisationId', '=', organisationId)
    .where('id', 'in', [...new Set(userIds)])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}
