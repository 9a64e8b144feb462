import { todayInShanghai } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import { findAuditHeadId } from '../audit/audit.repository.js';
import type { Db } from '../db/database.js';
import { LruCache } from '../shared/lru-cache.js';
import { evaluateDashboard } from './dashboard.service.js';
import type { DashboardEvaluation } from './warnings.js';

interface CachedSummary {
  stamp: number;
  summary: Promise<DashboardEvaluation>;
}

/** Distinct (organisation, role, department, quarter, day) combinations kept; each holds every warning (up to some MB at city scale). */
const CAPACITY = 256;

/**
 * The dashboard summary is the most expensive read (every item of the plan evaluated) and the most
 * repeated (every home page). It depends only on committed data and on today's date, so a summary is
 * reused while the data-version stamp (the newest audit row, which every change writes in its own
 * transaction) is unchanged. The stamp is read from the database on every request, before the
 * summary is computed, so a change made through any server process invalidates it, and a summary
 * computed from data newer than its stamp is merely recomputed once more. Writes that bypass the
 * application (seed on an empty database, `plantrack generate`, hand-written SQL) leave no audit row:
 * restart the servers after those. The summary route and the warnings pages read the same entry,
 * so paging through the warnings does not evaluate the items again.
 */
export class DashboardSummaryCache {
  readonly #entries = new LruCache<string, CachedSummary>(CAPACITY);

  async get(db: Db, actor: Actor, asOf: string | undefined): Promise<DashboardEvaluation> {
    const stamp = await findAuditHeadId(db);
    // Everything of the actor the summary reads: organisation, role (scope) and department.
    const key = [actor.organisationId, actor.role, actor.departmentId ?? '', asOf ?? '', todayInShanghai()].join('|');
    const cached = this.#entries.get(key);
    if (cached?.stamp === stamp) return cached.summary;
    // The promise is kept, so concurrent requests for the same summary wait for one computation.
    const summary = evaluateDashboard(db, actor, asOf);
    this.#entries.set(key, { stamp, summary });
    summary.catch(() => {
      if (this.#entries.get(key)?.summary === summary) this.#entries.delete(key);
    });
    return summary;
  }
}
