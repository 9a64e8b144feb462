import type { Actor, RequestContext } from '../auth/actor.js';
import { hashPassword } from '../auth/password.js';
import { requirePasswordPolicy } from '../auth/password-policy.js';
import { requirePolicy } from '../auth/policies.js';
import { isRole, mayLinkToLeader, needsDepartment } from '../auth/roles.js';
import type { Role } from '../auth/roles.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import type { UserRow } from '../db/schema.js';
import { findDepartmentById, findDepartmentByName, findDepartmentNames } from '../organisation/departments.repository.js';
import { findLeaderById, findLeaderNames } from '../organisation/people.repository.js';
import { AppError, notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { deleteSessionsOfUser } from '../auth/sessions.repository.js';
import { deleteTotp, findTotp, findUserIdsWithTotp } from '../auth/totp.repository.js';
import { generateInitialPassword } from '../auth/initial-password.js';
import { hasTotp } from '../auth/totp.service.js';
import { findUserByUsername, findUserOfOrganisation, findUsersOfOrganisation, insertUser, updateUserIfVersion } from './users.repository.js';
import { presentUser, presentUserFor } from './users.presenter.js';
import { canAssignRole, userListPolicies, userPolicies } from './users.policies.js';
import type { PasswordReset, UserCreate, UserListQuery, UserPatch } from '@plantrack/contract/users/users.contract';

export interface CreateUserInput {
  organisationId: number;
  username: string;
  password: string;
  role: string;
  displayName?: string | undefined;
  /** The department by name or alias (the command line) … */
  department?: string | undefined;
  /** … or by id (the API). */
  departmentId?: number | null | undefined;
  /** The 市领导 of a leader account. */
  personId?: number | null | undefined;
  email?: string | null | undefined;
  /** An initial password is changed at first login (default); only the demo's known password is not. */
  mustChangePassword?: boolean | undefined;
}

/** Creates a login. Department roles must name their department (by name, alias or id). */
export async function createUser(db: Db, ctx: RequestContext | null, input: CreateUserInput) {
  const role = requireRole(input.role);
  requirePasswordPolicy(input.password, input.username);
  // argon2 takes a while: hash before the transaction, so the write lock is held only for the writes.
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    if (await findUserByUsername(trx, input.username)) throw new AppError('DUPLICATE', { field: 'username', value: input.username });
    const departmentId = await resolveDepartment(trx, input.organisationId, role, input);
    const personId = input.personId ?? null;
    await requireLeaderFor(trx, input.organisationId, role, personId);
    const now = nowIso();
    const user = await insertUser(trx, {
      organisationId: input.organisationId,
      username: input.username,
      displayName: input.displayName ?? input.username,
      passwordHash,
      role,
      departmentId,
      email: input.email ?? null,
      personId,
      createdAt: now,
      updatedAt: now,
      passwordChangedAt: now,
      mustChangePassword: input.mustChangePassword === false ? 0 : 1,
    });
    await recordAudit(trx, ctx, { action: 'user.create', entityType: 'user', entityId: user.id, after: presentUser(user) });
    return presentUser(user);
  });
}

/**
 * Sets a new password and ends the user's sessions, so a reset locks out whoever had the old one. The
 * user must change it at the next login (whoever reset it knows it); the reset also lifts a lockout.
 */
export async function resetPassword(db: Db, ctx: RequestContext | null, username: string, password: string) {
  requirePasswordPolicy(password, username);
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const user = await findUserByUsername(trx, username);
    if (!user) throw new AppError('NOT_FOUND', { entity: 'user', id: username });
    return setPassword(trx, ctx, user, user.version, passwordHash);
  });
}

async function setPassword(db: Db, ctx: RequestContext | null, user: UserRow, version: number, passwordHash: string) {
  const now = nowIso();
  const updated = await updateUserIfVersion(db, user.id, version, {
    passwordHash,
    mustChangePassword: 1,
    passwordChangedAt: now,
    failedLoginCount: 0,
    lastFailedLoginAt: null,
    lockedUntil: null,
    updatedAt: now,
  });
  if (!updated) throw new AppError('STALE_VERSION', { currentVersion: user.version });
  await deleteSessionsOfUser(db, user.id);
  await recordAudit(db, ctx, { action: 'user.reset_password', entityType: 'user', entityId: user.id, before: presentUser(user), after: presentUser(updated) });
  return presentUser(updated);
}

/**
 * The organisation's accounts as the caller sees them, what the caller may do on the list (create, which
 * roles), and the departments an account may belong to (the security administrator does not read the
 * directory, yet names the department when giving a department role).
 */
export async function listUsers(db: Db, actor: Actor, query: UserListQuery) {
  const [rows, withTotp, departments, leaders] = await Promise.all([
    findUsersOfOrganisation(db, actor.organisationId),
    findUserIdsWithTotp(db, actor.organisationId),
    findDepartmentNames(db, actor.organisationId),
    findLeaderNames(db, actor.organisationId),
  ]);
  const users = rows
    .filter((row) => query.role === undefined || row.role === query.role)
    .map((row) => presentUserFor(actor, presentUser(row), { hasTotp: withTotp.has(row.id) }));
  return { users, departments, leaders, policies: userListPolicies(actor) };
}

/** A user of the caller's organisation; another organisation's is "not found". */
async function getUserRow(db: Db, actor: Actor, id: number): Promise<UserRow> {
  const user = await findUserOfOrganisation(db, actor.organisationId, id);
  if (!user) throw notFound('user', id);
  return user;
}

/**
 * An account created through the API, in the caller's organisation, with a role the caller may give.
 * Without a password one is drawn at random and answered this once (never stored or logged in clear).
 */
export async function createUserByAdmin(db: Db, ctx: RequestContext, input: UserCreate) {
  requirePolicy(canAssignRole(ctx.actor, input.role));
  const initialPassword = input.password === undefined ? generateInitialPassword() : undefined;
  const password = input.password ?? initialPassword!;
  const user = await createUser(db, ctx, { ...input, password, departmentId: input.departmentId ?? null, organisationId: ctx.actor.organisationId });
  return { user: presentUserFor(ctx.actor, user, { hasTotp: false }), ...(initialPassword ? { initialPassword } : {}) };
}

export async function updateUser(db: Db, ctx: RequestContext, id: number, patch: UserPatch) {
  const user = await db.transaction().execute(async (trx) => {
    const before = await getUserRow(trx, ctx.actor, id);
    requireMayChange(ctx.actor, before, patch);
    const { version, isActive, ...changes } = patch;
    const role = changes.role ?? requireRole(before.role);
    const departmentId = changes.departmentId !== undefined ? changes.departmentId : before.departmentId;
    await requireDepartmentFor(trx, ctx.actor.organisationId, role, departmentId, 'departmentId');
    if (changes.personId !== undefined) await requireLeaderFor(trx, ctx.actor.organisationId, role, changes.personId);
    const active = isActive === undefined ? {} : { isActive: isActive ? 1 : 0 };
    const updated = await updateUserIfVersion(trx, id, version, { ...changes, ...active, updatedAt: nowIso() });
    if (!updated) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    // A disabled account is logged out everywhere now, not when its sessions expire.
    const endedSessions = isActive === false ? await deleteSessionsOfUser(trx, id) : 0;
    // Role changes get their own action, so the auditor can list them (三权分立).
    const action = role !== before.role ? 'user.change_role' : 'user.update';
    await recordAudit(trx, ctx, { action, entityType: 'user', entityId: id, before: presentUser(before), after: presentUser(updated) });
    if (endedSessions > 0) {
      await recordAudit(trx, ctx, {
        action: 'auth.session_end',
        entityType: 'user',
        entityId: id,
        after: { reason: 'user_disabled', sessions: endedSessions },
      });
    }
    return presentUser(updated);
  });
  return presentUserFor(ctx.actor, user, await totpStateOf(db, id));
}

/** Each field needs its own permission: account fields the system administrator's, the role the caller's right to give it. */
function requireMayChange(actor: Actor, user: UserRow, patch: UserPatch): void {
  const policies = userPolicies(actor, user);
  const deny = (field: string) => new AppError('FORBIDDEN', { field });
  if (patch.displayName !== undefined && !policies.canEdit) throw deny('displayName');
  if (patch.email !== undefined && !policies.canEdit) throw deny('email');
  if (patch.isActive !== undefined && !policies.canEdit) throw deny('isActive');
  // The department goes with the role: it decides which items a department role reaches.
  if (patch.departmentId !== undefined && !policies.canEdit && !policies.canChangeRole) throw deny('departmentId');
  if (patch.personId !== undefined && !policies.canEdit && !policies.canChangeRole) throw deny('personId');
  const isRoleChange = patch.role !== undefined && patch.role !== user.role;
  if (isRoleChange && !(policies.canChangeRole && canAssignRole(actor, patch.role!))) throw deny('role');
}

/** A new initial password (given, or drawn at random and answered this once); the user must change it at the next login. */
export async function resetUserPassword(db: Db, ctx: RequestContext, id: number, input: PasswordReset) {
  const initialPassword = input.password === undefined ? generateInitialPassword() : undefined;
  const password = input.password ?? initialPassword!;
  const passwordHash = await hashPassword(password);
  const user = await db.transaction().execute(async (trx) => {
    const before = await getUserRow(trx, ctx.actor, id);
    requirePolicy(userPolicies(ctx.actor, before).canResetPassword);
    requirePasswordPolicy(password, before.username);
    return setPassword(trx, ctx, before, input.version, passwordHash);
  });
  return { user: presentUserFor(ctx.actor, user, await totpStateOf(db, id)), ...(initialPassword ? { initialPassword } : {}) };
}

async function totpStateOf(db: Db, userId: number): Promise<{ hasTotp: boolean }> {
  return { hasTotp: hasTotp(await findTotp(db, userId)) };
}

/** A lost authenticator: the administrator who may reset the password removes the second factor; the user enrols again. */
export async function resetUserTotp(db: Db, ctx: RequestContext, id: number) {
  await db.transaction().execute(async (trx) => {
    const user = await getUserRow(trx, ctx.actor, id);
    requirePolicy(userPolicies(ctx.actor, user).canResetTotp);
    await deleteTotp(trx, id);
    await deleteSessionsOfUser(trx, id);
    await recordAudit(trx, ctx, { action: 'user.reset_totp', entityType: 'user', entityId: id });
  });
}

function requireRole(role: string): Role {
  if (!isRole(role)) throw new AppError('VALIDATION_FAILED', { field: 'role', value: role });
  return role;
}

async function resolveDepartment(db: Db, organisationId: number, role: Role, input: CreateUserInput): Promise<number | null> {
  if (input.department !== undefined) {
    const row = await findDepartmentByName(db, organisationId, input.department);
    if (!row) throw new AppError('UNKNOWN_REFERENCE', { field: 'department', value: input.department });
    return row.id;
  }
  const departmentId = input.departmentId ?? null;
  await requireDepartmentFor(db, organisationId, role, departmentId, input.departmentId === undefined ? 'department' : 'departmentId');
  return departmentId;
}

/** Only a leader account is linked to a 市领导, and only to one of its own organisation. */
async function requireLeaderFor(db: Db, organisationId: number, role: Role, personId: number | null): Promise<void> {
  if (personId === null) return;
  if (!mayLinkToLeader(role)) throw new AppError('VALIDATION_FAILED', { field: 'personId', reason: 'only a leader account is linked to a city leader' });
  if (!(await findLeaderById(db, organisationId, personId))) throw new AppError('UNKNOWN_REFERENCE', { field: 'personId', value: personId });
}

/** Department roles need a department of the organisation; other roles may have one or not. */
async function requireDepartmentFor(db: Db, organisationId: number, role: Role, departmentId: number | null, field: string): Promise<void> {
  if (departmentId === null) {
    if (needsDepartment(role)) throw new AppError('VALIDATION_FAILED', { field, reason: 'department roles need a department' });
    return;
  }
  if (!(await findDepartmentById(db, organisationId, departmentId))) throw new AppError('UNKNOWN_REFERENCE', { field, value: departmentId });
}
