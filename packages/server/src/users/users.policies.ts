import type { Actor } from '../auth/actor.js';
import { capabilityTable, has } from '../auth/capabilities.js';
import type { Role } from '../auth/roles.js';
import { isAdminRole, ROLES } from '../auth/roles.js';

/**
 * 三权分立: the system administrator keeps ordinary accounts, the security administrator reads them and
 * assigns roles. The three administrator accounts are beyond the system administrator's reach:
 * resetting one's password would let them act as it. Nobody changes their own role.
 */
export const USERS = capabilityTable('users', {
  read: ['sysadmin', 'secadmin'],
  /** Create ordinary accounts, edit them, reset their password or second factor, give them an ordinary role. */
  keepAccounts: ['sysadmin'],
  /** Hand out any role, the administrator roles included. */
  assignAnyRole: ['secadmin'],
});

export function userPolicies(actor: Actor, user: { id: number; role: string }) {
  const isManagedByCaller = has(actor, USERS.keepAccounts) && !isAdminRole(user.role);
  const isSelf = actor.userId === user.id;
  return {
    canEdit: isManagedByCaller,
    canResetPassword: isManagedByCaller,
    // A lost authenticator is removed by whoever may reset the password (the same power over the account).
    canResetTotp: isManagedByCaller,
    canChangeRole: !isSelf && (has(actor, USERS.assignAnyRole) || isManagedByCaller),
  };
}

/** What the caller may do on the list as a whole: create accounts, and with which roles (create or change). */
export function userListPolicies(actor: Actor) {
  return {
    canCreate: has(actor, USERS.keepAccounts),
    assignableRoles: ROLES.filter((role) => canAssignRole(actor, role)),
  };
}

export function canAssignRole(actor: Actor, role: Role): boolean {
  return has(actor, USERS.assignAnyRole) || (has(actor, USERS.keepAccounts) && !isAdminRole(role));
}
