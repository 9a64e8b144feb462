import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { AuditRow } from './audit.repository.js';

export interface AuditFilter {
  organisationId: number;
  entityType?: string | undefined;
  entityId?: string | undefined;
  userId?: number | undefined;
  action?: string | undefined;
  /** Instants (UTC ISO, as stored): from inclusive, until exclusive. */
  fromIso?: string | undefined;
  untilIso?: string | undefined;
  /** Free text, matched in the action, the object (type and id) and the username. */
  text?: string | undefined;
}

type AuditQuery = SelectQueryBuilder<Database, 'auditLog', object>;

/** `%` and `_` typed by the auditor are literal characters, not wildcards. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function matchesText(eb: ExpressionBuilder<Database, 'auditLog'>, text: string) {
  const pattern = containsPattern(text);
  const like = (column: 'action' | 'entityType' | 'entityId' | 'username') => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
  return eb.or([like('action'), like('entityType'), like('entityId'), like('username')]);
}

/**
 * The organisation's rows; and, for the auditor of a top-level organisation (the one that runs the
 * deployment: a province, or a city on its own), the deployment's rows that belong to no organisation:
 * failed logins of unknown usernames (the name typed is sometimes a password), commands run on the
 * server, purges of the log itself. A district's auditor does not see the whole deployment's.
 */
function filterAudit(query: AuditQuery, filter: AuditFilter): AuditQuery {
  let q = query.where((eb) =>
    eb.or([
      eb('organisationId', '=', filter.organisationId),
      eb.and([
        eb('organisationId', 'is', null),
        eb.exists(
          eb
            .selectFrom('organisations')
            .select('organisations.id')
            .where('organisations.id', '=', filter.organisationId)
            .where('organisations.parentId', 'is', null),
        ),
      ]),
    ]),
  );
  if (filter.entityType) q = q.where('entityType', '=', filter.entityType);
  if (filter.entityId) q = q.where('entityId', '=', filter.entityId);
  if (filter.userId !== undefined) q = q.where('userId', '=', filter.userId);
  if (filter.action) q = q.where('action', '=', filter.action);
  if (filter.fromIso) q = q.where('at', '>=', filter.fromIso);
  if (filter.untilIso) q = q.where('at', '<', filter.untilIso);
  if (filter.text) {
    const text = filter.text;
    q = q.where((eb) => matchesText(eb, text));
  }
  return q;
}

/** One page, newest first, with the total. */
export async function findAuditEntries(db: Db, filter: AuditFilter, limit: number, offset: number) {
  const query = filterAudit(db.selectFrom('auditLog'), filter);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** The matching rows after `afterId`, oldest first, a batch at a time (exports). */
export async function findAuditEntriesAfter(db: Db, filter: AuditFilter, afterId: number, limit: number): Promise<AuditRow[]> {
  return filterAudit(db.selectFrom('auditLog'), filter).selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
}
