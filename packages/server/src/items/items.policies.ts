import type { Actor } from '../auth/actor.js';
import { capabilityTable, has } from '../auth/capabilities.js';
import { PLAN_READERS } from '../auth/roles.js';

/**
 * Items and their quarterly plans. Writes to one item admit every reader at the door: the service looks
 * the item up in the caller's scope first (another department's item is a 404) and then checks these.
 */
export const ITEMS = capabilityTable('items', {
  read: PLAN_READERS,
  create: ['hq'],
  edit: ['hq'],
  delete: ['hq'],
  editQuarterlyPlans: ['hq', 'dept_manager'],
});

/**
 * What the caller may do with an item they can already see (scope is checked by the query).
 * Sent with responses so the UI shows only what is allowed; the server checks again on every action.
 */
export function itemPolicies(actor: Actor) {
  return {
    canEdit: has(actor, ITEMS.edit),
    canEditPlans: has(actor, ITEMS.editQuarterlyPlans),
    canDelete: has(actor, ITEMS.delete),
  };
}
