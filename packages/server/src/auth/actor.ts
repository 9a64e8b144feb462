import type { Role } from './roles.js';
import { DEPARTMENT_ROLES } from './roles.js';

/** The authenticated caller, as services see it (services never see the HTTP request). */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  organisationId: number;
  role: Role;
  departmentId: number | null;
  personId: number | null;
}

/** What a service needs to know about the call besides its arguments: who, from where, which request. */
export interface RequestContext {
  actor: Actor;
  ip: string | null;
  requestId: string | null;
}

/** A department user's reach: the department whose items (as lead or co-operating) they may touch. */
export interface DepartmentScope {
  departmentId: number;
}

export function scopeOf(actor: Actor): DepartmentScope | null {
  if (!DEPARTMENT_ROLES.includes(actor.role)) return null;
  // A department role without a department sees nothing rather than everything.
  return { departmentId: actor.departmentId ?? -1 };
}
