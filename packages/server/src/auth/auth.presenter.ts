import type { SessionUser } from '@plantrack/contract/auth/auth.contract';
import type { Db } from '../db/database.js';
import { findDepartmentById } from '../organisation/departments.repository.js';
import type { Actor } from './actor.js';
import { ROLE_NAMES_ZH } from './roles.js';

export async function presentActor(db: Db, actor: Actor): Promise<SessionUser> {
  const department = actor.departmentId === null ? undefined : await findDepartmentById(db, actor.organisationId, actor.departmentId);
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    roles: [actor.role],
    roleName: ROLE_NAMES_ZH[actor.role],
    organisationId: actor.organisationId,
    department: department ? { id: department.id, name: department.name, shortName: department.shortName } : null,
  };
}
