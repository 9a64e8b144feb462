import { AppError } from '../shared/app-error.js';
import type { Actor } from './actor.js';

/**
 * What the caller may do with a record they can already see (scope is checked by the query).
 * Sent with responses so the UI shows only what is allowed; the server checks again on every action.
 */
export function itemPolicies(actor: Actor) {
  return {
    canEdit: actor.role === 'hq',
    canEditPlans: actor.role === 'hq' || actor.role === 'dept_manager',
    canDelete: actor.role === 'hq',
  };
}

/** Personal contact data is shown in full only to those who need to call people. */
export function canSeeContacts(actor: Actor): boolean {
  return actor.role === 'hq' || actor.role === 'leader' || actor.role === 'dept_manager' || actor.role === 'dept_staff';
}

export function requirePolicy(isAllowed: boolean): void {
  if (!isAllowed) throw new AppError('FORBIDDEN');
}
