import type { DashboardSummary } from '@plantrack/contract/dashboard/dashboard.contract';
import { todayInShanghai } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { getDashboardSummary } from './dashboard.service.js';
import { StampedCache } from './stamped-cache.js';

/** Distinct (organisation, role, department, quarter, day) combinations kept; each summary is some 100 KB. */
const CAPACITY = 256;

/**
 * The dashboard summary is the most expensive read (every item of the plan evaluated) and the most
 * repeated (every home page). It depends only on committed data and on today's date, so a summary is
 * reused while nothing changed (`StampedCache`).
 */
export class DashboardSummaryCache {
  readonly #cache = new StampedCache<DashboardSummary>(CAPACITY);

  async get(db: Db, actor: Actor, asOf: string | undefined): Promise<DashboardSummary> {
    // Everything of the actor the summary reads: organisation, role (scope) and department.
    const key = [actor.organisationId, actor.role, actor.departmentId ?? '', asOf ?? '', todayInShanghai()].join('|');
    return this.#cache.get(db, key, () => getDashboardSummary(db, actor, asOf));
  }
}
