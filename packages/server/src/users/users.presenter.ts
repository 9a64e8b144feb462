import type { UserAccount } from '@plantrack/contract/users/users.contract';
import type { Actor } from '../auth/actor.js';
import { isRole, ROLE_NAMES_ZH } from '../auth/roles.js';
import { AppError } from '../shared/app-error.js';
import type { UserRow } from '../db/schema.js';
import { maskEmail } from '../shared/mask.js';
import { userPolicies } from './users.policies.js';

/** A user as the audit log keeps it (the e-mail address is encrypted there): never the password hash. */
export function presentUser(user: UserRow) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    personId: user.personId,
    email: user.email,
    isActive: user.isActive === 1,
    mustChangePassword: user.mustChangePassword === 1,
    lockedUntil: user.lockedUntil,
    lastLoginAt: user.lastLoginAt,
    version: user.version,
  };
}

export type PresentedUser = ReturnType<typeof presentUser>;

/**
 * A user as one caller sees it: the e-mail address masked, the role's Chinese name, whether a second
 * factor is enrolled (when known) and what the caller may do to the account.
 */
export function presentUserFor(actor: Actor, user: PresentedUser, options: { hasTotp?: boolean } = {}): UserAccount {
  // Roles are written only through the closed list; another value is a damaged row, not an answer.
  if (!isRole(user.role)) throw new AppError('INTERNAL', { reason: `unknown role ${user.role}` });
  return {
    ...user,
    role: user.role,
    email: maskEmail(user.email),
    roleName: ROLE_NAMES_ZH[user.role],
    ...(options.hasTotp === undefined ? {} : { hasTotp: options.hasTotp }),
    policies: userPolicies(actor, user),
  };
}
