import type { Portfolio } from '@plantrack/contract/dashboard/dashboard.contract';
import type { Actor } from '../auth/actor.js';
import { has } from '../auth/capabilities.js';
import type { Db } from '../db/database.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { AppError } from '../shared/app-error.js';
import { countOpenInstructionsOfLeader } from '../supervision/instructions.repository.js';
import { DASHBOARD } from './dashboard.policies.js';
import { getDashboardSummary } from './dashboard.service.js';

/**
 * A leader's own portfolio (分管事项): the summary narrowed to the items they answer for. The office may
 * look at any leader's; a leader sees their own (a leader account not linked to a person has none),
 * with how many of their instructions (批示) wait for 阅办 or 落实反馈.
 */
export async function getPortfolio(db: Db, actor: Actor, asOf: string | undefined, leaderPersonId: number | undefined): Promise<Portfolio> {
  const mayNameLeader = has(actor, DASHBOARD.readAnyPortfolio);
  const person = mayNameLeader ? leaderPersonId : (actor.personId ?? undefined);
  if (person === undefined) {
    if (mayNameLeader) throw new AppError('VALIDATION_FAILED', { field: 'leader', reason: 'name the leader' });
    return { linked: false };
  }
  const plan = await getCurrentPlan(db, actor);
  return {
    linked: true,
    leaderPersonId: person,
    ...(await getDashboardSummary(db, actor, asOf, { leaderPersonId: person })),
    // The leader's instructions (批示) still waiting for the department, whatever the quarter shown.
    instructions: await countOpenInstructionsOfLeader(db, person, plan.id),
  };
}
