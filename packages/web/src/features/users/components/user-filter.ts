import type { Role } from '@plantrack/contract/enums';
import type { UserAccount } from '@plantrack/contract/users/users.contract';

export const USER_STATUSES = ['active', 'disabled', 'locked', 'mustChangePassword'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export interface UserFilter {
  search?: string;
  role?: Role;
  departmentId?: number;
  status?: UserStatus;
}

export function isLocked(user: UserAccount, nowIso: string): boolean {
  return user.lockedUntil != null && user.lockedUntil > nowIso;
}

export function hasStatus(user: UserAccount, status: UserStatus, nowIso: string): boolean {
  switch (status) {
    case 'active':
      return user.isActive;
    case 'disabled':
      return !user.isActive;
    case 'locked':
      return isLocked(user, nowIso);
    case 'mustChangePassword':
      return user.mustChangePassword;
  }
}

/** The organisation has a few hundred accounts at most: filtered on the screen, as the user types. */
export function filterUsers(users: UserAccount[], filter: UserFilter, nowIso: string): UserAccount[] {
  const search = filter.search?.trim().toLowerCase();
  return users.filter(
    (user) =>
      (!search || user.username.toLowerCase().includes(search) || user.displayName.toLowerCase().includes(search)) &&
      (filter.role === undefined || user.role === filter.role) &&
      (filter.departmentId === undefined || user.departmentId === filter.departmentId) &&
      (filter.status === undefined || hasStatus(user, filter.status, nowIso)),
  );
}
