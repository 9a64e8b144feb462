import { AppError } from './app-error.js';

/**
 * A write refused by a unique constraint: someone created the same record between our check and our
 * insert (on PostgreSQL two transactions can both pass the check). It is the caller's conflict, not a
 * server fault, so it leaves as 409 DUPLICATE like the check's own refusal. SQLite (better-sqlite3)
 * names it SQLITE_CONSTRAINT_UNIQUE (or _PRIMARYKEY); PostgreSQL's SQLSTATE is 23505 for both.
 */
const UNIQUE_VIOLATION_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']);

export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && UNIQUE_VIOLATION_CODES.has(code);
}

/** The error as the API reports it: an AppError as is, a unique violation as DUPLICATE, anything else null. */
export function knownErrorOf(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  return isUniqueViolation(error) ? new AppError('DUPLICATE', { reason: 'unique_constraint' }) : null;
}
