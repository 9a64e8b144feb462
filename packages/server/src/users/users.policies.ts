import type { Actor } from '../auth/actor.js';
import type { Role } from '../auth/roles.js';
import { isAdminRole, ROLES } from '../auth/roles.js';

/**
 * 三权分立: the system administrator keeps ordinary accounts, the security administrator assigns roles.
 * The three administrator accounts are beyond the system administrator's reach: resetting one's password
 * would let them act as it. Nobody changes their own role.
 */
export function userPolicies(actor: Actor, user: { id: number; role: string }) {
  const isManagedBySysadmin = actor.role === 'sysadmin' && !isAdminRole(user.role);
  const isSelf = actor.userId === user.id;
  return {
    canEdit: isManagedBySysadmin,
    canResetPassword: isManagedBySysadmin,
    // A lost authenticator is removed by whoever may reset the password (the same power over the account).
    canResetTotp: isManagedBySysadmin,
    canChangeRole: !isSelf && (actor.role === 'secadmin' || isManagedBySysadmin),
  };
}

/** What the caller may do on the list as a whole: create accounts, and with which roles (create or change). */
export function userListPolicies(actor: Actor) {
  return {
    canCreate: actor.role === 'sysadmin',
    assignableRoles: ROLES.filter((role) => canAssignRole(actor, role)),
  };
}

/** Only the security administrator hands out the administrator roles. */
export function canAssignRole(actor: Actor, role: Role): boolean {
  return actor.role === 'secadmin' || (actor.role === 'sysadmin' && !isAdminRole(role));
}
