import { AppError } from '../shared/app-error.js';
import type { Db } from '../db/database.js';
import type { RateLimitConfig as RateLimit } from '../config.js';
import { addHit, deleteCountersBefore, findHits } from './rate-limit.repository.js';

/** Counters older than this are deleted; no window is longer. */
const KEEP_COUNTERS_MS = 24 * 3_600_000;

function windowOf(limit: RateLimit, nowMs: number): { start: string; retryAfterSeconds: number } {
  const windowMs = limit.windowSeconds * 1000;
  const startMs = Math.floor(nowMs / windowMs) * windowMs;
  return { start: new Date(startMs).toISOString(), retryAfterSeconds: Math.ceil((startMs + windowMs - nowMs) / 1000) };
}

function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError('RATE_LIMITED', { retryAfterSeconds });
}

async function count(db: Db, bucket: string, limit: RateLimit, nowMs: number) {
  const window = windowOf(limit, nowMs);
  const hits = await addHit(db, bucket, window.start);
  // The first hit of a window is a rare moment: a good one to drop counters nobody reads any more.
  if (hits === 1) await deleteCountersBefore(db, new Date(nowMs - KEEP_COUNTERS_MS).toISOString());
  return { hits, window };
}

/** Counts one use of `bucket`; past the limit within the window it is refused with 429 RATE_LIMITED. */
export async function takeRateLimit(db: Db, bucket: string, limit: RateLimit, nowMs = Date.now()): Promise<void> {
  const { hits, window } = await count(db, bucket, limit, nowMs);
  if (hits > limit.limit) throw rateLimited(window.retryAfterSeconds);
}

/** Counts one event (a failed login) against `bucket` without refusing anything. */
export async function countRateLimitHit(db: Db, bucket: string, limit: RateLimit, nowMs = Date.now()): Promise<void> {
  await count(db, bucket, limit, nowMs);
}

/** Refuses with 429 when `bucket` has already reached its limit in this window, without counting. */
export async function requireUnderRateLimit(db: Db, bucket: string, limit: RateLimit, nowMs = Date.now()): Promise<void> {
  const window = windowOf(limit, nowMs);
  if ((await findHits(db, bucket, window.start)) >= limit.limit) throw rateLimited(window.retryAfterSeconds);
}
