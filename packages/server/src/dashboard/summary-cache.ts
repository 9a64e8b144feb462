import { todayInShanghai } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { evaluateDashboard } from './dashboard.service.js';
import { StampedCache } from './stamped-cache.js';
import type { DashboardEvaluation } from './warnings.js';

/** Distinct (organisation, role, department, quarter, day) combinations kept; each holds every warning (up to some MB at city scale). */
const CAPACITY = 256;

/**
 * The dashboard summary is the most expensive read (every item of the plan evaluated) and the most
 * repeated (every home page). It depends only on committed data and on today's date, so an evaluation
 * is reused while nothing changed (`StampedCache`). The summary route and the warnings pages read the
 * same entry, so paging through the warnings does not evaluate the items again.
 */
export class DashboardSummaryCache {
  readonly #cache = new StampedCache<DashboardEvaluation>(CAPACITY);

  async get(db: Db, actor: Actor, asOf: string | undefined): Promise<DashboardEvaluation> {
    // Everything of the actor the summary reads: organisation, role (scope) and department.
    const key = [actor.organisationId, actor.role, actor.departmentId ?? '', asOf ?? '', todayInShanghai()].join('|');
    return this.#cache.get(db, key, () => evaluateDashboard(db, actor, asOf));
  }
}
