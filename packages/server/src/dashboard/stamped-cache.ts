import { findAuditHeadId } from '../audit/audit.repository.js';
import type { Db } from '../db/database.js';
import { LruCache } from '../shared/lru-cache.js';

interface Stamped<T> {
  stamp: number;
  value: Promise<T>;
}

/**
 * Answers computed from committed data only, reused while the data-version stamp (the newest audit
 * row, which every change writes in its own transaction) is unchanged. The stamp is read from the
 * database on every request, before the answer is computed, so a change made through any server
 * process invalidates it, and an answer computed from data newer than its stamp is merely recomputed
 * once more. Writes that bypass the application (seed on an empty database, `plantrack generate`,
 * hand-written SQL) leave no audit row: restart the servers after those. The key must hold
 * everything of the request and the actor the answer reads, and today's date if it reads that.
 */
export class StampedCache<T> {
  readonly #entries: LruCache<string, Stamped<T>>;

  constructor(capacity: number) {
    this.#entries = new LruCache(capacity);
  }

  async get(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
    const stamp = await findAuditHeadId(db);
    const cached = this.#entries.get(key);
    if (cached?.stamp === stamp) return cached.value;
    // The promise is kept, so concurrent requests for the same answer wait for one computation.
    const value = compute();
    this.#entries.set(key, { stamp, value });
    value.catch(() => {
      if (this.#entries.get(key)?.value === value) this.#entries.delete(key);
    });
    return value;
  }
}
