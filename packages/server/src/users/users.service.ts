import type { RequestContext } from '../auth/actor.js';
import { hashPassword } from '../auth/password.js';
import { isRole, needsDepartment } from '../auth/roles.js';
import type { Role } from '../auth/roles.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { findDepartmentByName } from '../organisation/departments.repository.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { deleteSessionsOfUser } from '../auth/sessions.repository.js';
import { findUserByUsername, insertUser, updateUserIfVersion } from './users.repository.js';
import { presentUser } from './users.presenter.js';

export interface CreateUserInput {
  organisationId: number;
  username: string;
  password: string;
  role: string;
  displayName?: string | undefined;
  department?: string | undefined;
}

/** Creates a login. Department roles must name their department (by name or alias). */
export async function createUser(db: Db, ctx: RequestContext | null, input: CreateUserInput) {
  const role = requireRole(input.role);
  return db.transaction().execute(async (trx) => {
    if (await findUserByUsername(trx, input.username)) throw new AppError('DUPLICATE', { field: 'username', value: input.username });
    const departmentId = await resolveDepartment(trx, input.organisationId, role, input.department);
    const now = nowIso();
    const user = await insertUser(trx, {
      organisationId: input.organisationId,
      username: input.username,
      displayName: input.displayName ?? input.username,
      passwordHash: await hashPassword(input.password),
      role,
      departmentId,
      personId: null,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(trx, ctx, { action: 'user.create', entityType: 'user', entityId: user.id, after: presentUser(user) });
    return presentUser(user);
  });
}

/** Sets a new password and ends the user's sessions, so a reset locks out whoever had the old one. */
export async function resetPassword(db: Db, ctx: RequestContext | null, username: string, password: string) {
  return db.transaction().execute(async (trx) => {
    const user = await findUserByUsername(trx, username);
    if (!user) throw new AppError('NOT_FOUND', { entity: 'user', id: username });
    const updated = await updateUserIfVersion(trx, user.id, user.version, { passwordHash: await hashPassword(password), updatedAt: nowIso() });
    if (!updated) throw new AppError('STALE_VERSION');
    await deleteSessionsOfUser(trx, user.id);
    await recordAudit(trx, ctx, { action: 'user.reset_password', entityType: 'user', entityId: user.id });
    return presentUser(updated);
  });
}

function requireRole(role: string): Role {
  if (!isRole(role)) throw new AppError('VALIDATION_FAILED', { field: 'role', value: role });
  return role;
}

async function resolveDepartment(db: Db, organisationId: number, role: Role, department: string | undefined): Promise<number | null> {
  if (department === undefined) {
    if (needsDepartment(role)) throw new AppError('VALIDATION_FAILED', { field: 'department', reason: 'department roles need a department' });
    return null;
  }
  const row = await findDepartmentByName(db, organisationId, department);
  if (!row) throw new AppError('UNKNOWN_REFERENCE', { field: 'department', value: department });
  return row.id;
}
