import type { Kysely } from 'kysely';
import { PostgresAdapter } from 'kysely';

export type DatabaseKind = 'sqlite' | 'postgres';

/** For the few places (migrations, upserts) where the two dialects need different SQL. */
export function isPostgres(db: Pick<Kysely<unknown>, 'getExecutor'>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
