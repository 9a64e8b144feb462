import type { Actor } from '../auth/actor.js';
import { isRole, ROLE_NAMES_ZH } from '../auth/roles.js';
import type { UserRow } from '../db/schema.js';
import { userPolicies } from './users.policies.js';

/** A user as the API shows it: never the password hash. */
export function presentUser(user: UserRow) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    isActive: user.isActive === 1,
    mustChangePassword: user.mustChangePassword === 1,
    lockedUntil: user.lockedUntil,
    lastLoginAt: user.lastLoginAt,
    version: user.version,
  };
}

export type PresentedUser = ReturnType<typeof presentUser>;

/** A user as one caller sees it: with the role's Chinese name and what the caller may do to the account. */
export function presentUserFor(actor: Actor, user: PresentedUser) {
  return { ...user, roleName: isRole(user.role) ? ROLE_NAMES_ZH[user.role] : user.role, policies: userPolicies(actor, user) };
}
