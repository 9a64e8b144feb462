import type { Insertable, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { DepartmentScope } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import { isPostgres } from '../../db/dialect.js';
import type { EvidenceFileTable } from '../../db/schema.js';
import { filterItems } from '../../items/items.repository.js';

/** An evidence file with what decides who may read or delete it: its item (scope), report and cycle. */
export async function findEvidenceRow(db: Db, filter: { planId: number; scope: DepartmentScope | null }, id: number) {
  return filterItems(db, { ...filter, retired: 'include' })
    .innerJoin('evidenceFiles as e', 'e.itemId', 'items.id')
    .innerJoin('progressReports as r', 'r.id', 'e.reportId')
    .innerJoin('reportingCycles as c', 'c.id', 'r.cycleId')
    .selectAll('e')
    .select(['r.state as reportState', 'r.period', 'c.status as cycleStatus'])
    .where('e.id', '=', id)
    .executeTakeFirst();
}

export type EvidenceRow = NonNullable<Awaited<ReturnType<typeof findEvidenceRow>>>;

export async function countEvidenceOfReport(db: Db, reportId: number): Promise<number> {
  const row = await db
    .selectFrom('evidenceFiles')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('reportId', '=', reportId)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** The report's evidence row with this content, if the same file was uploaded to it before. */
export async function findEvidenceOfReportWithContent(db: Db, reportId: number, sha256: string) {
  return db.selectFrom('evidenceFiles').selectAll().where('reportId', '=', reportId).where('sha256', '=', sha256).orderBy('id').executeTakeFirst();
}

/** How many evidence rows (of any report, any organisation) point at this content. */
export async function countEvidenceWithContent(db: Db, sha256: string): Promise<number> {
  const row = await db
    .selectFrom('evidenceFiles')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('sha256', '=', sha256)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export async function insertEvidence(db: Db, row: Insertable<EvidenceFileTable>) {
  return db.insertInto('evidenceFiles').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function deleteEvidence(db: Db, id: number): Promise<void> {
  await db.deleteFrom('evidenceFiles').where('id', '=', id).execute();
}

/**
 * Serialises the transactions that add or remove a reference to one content hash, so a file is never
 * removed from disk while another upload of the same content is adding its row. SQLite's write
 * transactions are serial already (BEGIN IMMEDIATE); PostgreSQL takes a transaction advisory lock.
 */
export async function lockEvidenceContent(db: Db, sha256: string): Promise<void> {
  if (!isPostgres(db as unknown as Kysely<unknown>)) return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${sha256}, 0))`.execute(db);
}
