import type { Db } from '../db/database.js';

/**
 * Fixed-window counters in the database, so every app server counts against one limit. One row per
 * bucket and window; the upsert adds a hit atomically on both SQLite and PostgreSQL.
 */
export async function addHit(db: Db, bucket: string, windowStart: string): Promise<number> {
  const row = await db
    .insertInto('rateLimitCounters')
    .values({ bucket, windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['bucket', 'windowStart']).doUpdateSet((eb) => ({ hits: eb('rateLimitCounters.hits', '+', 1) })))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return Number(row.hits);
}

export async function findHits(db: Db, bucket: string, windowStart: string): Promise<number> {
  const row = await db.selectFrom('rateLimitCounters').select('hits').where('bucket', '=', bucket).where('windowStart', '=', windowStart).executeTakeFirst();
  return Number(row?.hits ?? 0);
}

export async function deleteCountersBefore(db: Db, windowStart: string): Promise<void> {
  await db.deleteFrom('rateLimitCounters').where('windowStart', '<', windowStart).execute();
}
