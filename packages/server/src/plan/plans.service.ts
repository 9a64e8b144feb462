import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { findCurrentPlan } from './plans.repository.js';

export type PlanRow = NonNullable<Awaited<ReturnType<typeof findCurrentPlan>>>;

export async function getCurrentPlan(db: Db, actor: Actor): Promise<PlanRow> {
  const plan = await findCurrentPlan(db, actor.organisationId);
  if (!plan) throw new AppError('NOT_FOUND', { entity: 'plan' });
  return plan;
}
