import type { UserRow } from '../db/schema.js';

/** A user as the API shows it: never the password hash. */
export function presentUser(user: UserRow) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    departmentId: user.departmentId,
    isActive: user.isActive === 1,
    lastLoginAt: user.lastLoginAt,
    version: user.version,
  };
}
