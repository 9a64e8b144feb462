import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';
import { Role } from '../../../shared/api/schemas';

/** What the caller may do to one account; the server decides (users.policies.ts) and checks again. */
const UserPolicies = z.object({ canEdit: z.boolean(), canResetPassword: z.boolean(), canResetTotp: z.boolean(), canChangeRole: z.boolean() });
export type UserPolicies = z.infer<typeof UserPolicies>;

export const UserAccount = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  roleName: z.string(),
  departmentId: z.nullable(z.number()),
  /** The 市领导 a leader account is. */
  personId: z.nullish(z.number()),
  /** Masked by the server (z***@example.gov.cn). */
  email: z.nullish(z.string()),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.nullish(z.string()),
  lastLoginAt: z.nullish(z.string()),
  hasTotp: z.optional(z.boolean()),
  version: z.number(),
  policies: UserPolicies,
});
export type UserAccount = z.infer<typeof UserAccount>;

const DepartmentChoice = z.object({ id: z.number(), name: z.string(), shortName: z.string() });
export type DepartmentChoice = z.infer<typeof DepartmentChoice>;

const LeaderChoice = z.object({ id: z.number(), name: z.string(), title: z.nullable(z.string()) });
export type LeaderChoice = z.infer<typeof LeaderChoice>;

const UserListPolicies = z.object({ canCreate: z.boolean(), assignableRoles: z.array(Role) });
export type UserListPolicies = z.infer<typeof UserListPolicies>;

const UserList = z.object({
  users: z.array(UserAccount),
  departments: z.array(DepartmentChoice),
  leaders: z.optional(z.array(LeaderChoice)),
  policies: UserListPolicies,
});
export type UserList = z.infer<typeof UserList>;

/** The account and, when the server drew it, the initial password: shown once, never again. */
const UserWithPassword = z.object({ user: UserAccount, initialPassword: z.optional(z.string()) });
export type UserWithPassword = z.infer<typeof UserWithPassword>;

export const userKeys = { all: ['users'] as const };

export async function fetchUsers(signal?: AbortSignal): Promise<UserList> {
  return apiRequest('/api/users', { schema: UserList, signal });
}

export interface UserCreateInput {
  username: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  personId: number | null;
  email: string | null;
}

/** POST /api/users without a password: the server draws the initial one. */
export async function createUser(input: UserCreateInput): Promise<UserWithPassword> {
  return apiRequest('/api/users', { method: 'POST', body: input, schema: UserWithPassword });
}

export interface UserPatchInput {
  version: number;
  displayName?: string;
  departmentId?: number | null;
  personId?: number | null;
  email?: string | null;
  isActive?: boolean;
  role?: Role;
}

export async function updateUser(id: number, patch: UserPatchInput): Promise<UserAccount> {
  return (await apiRequest(`/api/users/${id}`, { method: 'PATCH', body: patch, schema: z.object({ user: UserAccount }) })).user;
}

/** A new initial password drawn by the server; the user's sessions end and the password must be changed at the next login. */
export async function resetUserPassword(id: number, version: number): Promise<UserWithPassword> {
  return apiRequest(`/api/users/${id}/password`, { method: 'POST', body: { version }, schema: UserWithPassword });
}

export async function resetUserTotp(id: number): Promise<void> {
  await apiRequest(`/api/users/${id}/totp`, { method: 'DELETE', schema: z.unknown() });
}
