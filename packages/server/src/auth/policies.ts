import { AppError } from '../shared/app-error.js';
import type { Actor } from './actor.js';
import { capabilityTable, has } from './capabilities.js';
import { PLAN_READERS, ROLES } from './roles.js';

/** What every account does for itself, and who sees people's personal data. */
export const ACCOUNT = capabilityTable('account', {
  /** Its own session, password and second factor. */
  manageOwnAccount: ROLES,
  /** Personal contact data is shown in full only to those who need to call people. */
  seeContacts: PLAN_READERS,
});

export function canSeeContacts(actor: Actor): boolean {
  return has(actor, ACCOUNT.seeContacts);
}

export function requirePolicy(isAllowed: boolean): void {
  if (!isAllowed) throw new AppError('FORBIDDEN');
}
