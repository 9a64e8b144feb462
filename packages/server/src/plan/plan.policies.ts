import type { Actor } from '../auth/actor.js';
import { capabilityTable, has } from '../auth/capabilities.js';
import { PLAN_READERS } from '../auth/roles.js';

/** The plan and its key task areas: everyone on the plan reads them, the office keeps them. */
export const PLAN = capabilityTable('plan', {
  read: PLAN_READERS,
  edit: ['hq'],
});

export function planPolicies(actor: Actor) {
  return { canEdit: has(actor, PLAN.edit) };
}
