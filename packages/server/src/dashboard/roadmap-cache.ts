import type { Roadmap } from '@plantrack/contract/dashboard/dashboard.contract';
import { todayInShanghai } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { getRoadmap } from './roadmap.service.js';
import { StampedCache } from './stamped-cache.js';

/** Distinct (organisation, role, department, year, day) combinations kept; each roadmap is some 10 KB. */
const CAPACITY = 256;

/**
 * The year's roadmap evaluates every item of the plan once per quarter (four times): at city scale
 * about as costly as the dashboard summary, and as repeated. It too depends only on committed data
 * and today's date, so it is reused while nothing changed (`StampedCache`).
 */
export class RoadmapCache {
  readonly #cache = new StampedCache<Roadmap>(CAPACITY);

  async get(db: Db, actor: Actor, year: number | undefined): Promise<Roadmap> {
    const key = [actor.organisationId, actor.role, actor.departmentId ?? '', year ?? '', todayInShanghai()].join('|');
    return this.#cache.get(db, key, () => getRoadmap(db, actor, year));
  }
}
