import type { Role } from '@plantrack/contract/enums';

/** Department users see and edit only their own department's items (as lead or co-operating department). */
export function isDepartmentRole(role: Role): boolean {
  return role === 'dept_manager' || role === 'dept_staff';
}
