import type {
  OneUser,
  PasswordResetInput,
  UserAccount,
  UserCreateInput,
  UserList,
  UserPatchInput,
  UserWithPassword,
} from '@plantrack/contract/users/users.contract';
import { apiRequest } from '../../../shared/api/api-client';

export const userKeys = { all: ['users'] as const };

export async function fetchUsers(signal?: AbortSignal): Promise<UserList> {
  return apiRequest<UserList>('/api/users', { signal });
}

/** POST /api/users without a password: the server draws the initial one. */
export async function createUser(input: UserCreateInput): Promise<UserWithPassword> {
  return apiRequest<UserWithPassword>('/api/users', { method: 'POST', body: input });
}

export async function updateUser(id: number, patch: UserPatchInput): Promise<UserAccount> {
  return (await apiRequest<OneUser>(`/api/users/${id}`, { method: 'PATCH', body: patch })).user;
}

/** A new initial password drawn by the server; the user's sessions end and the password must be changed at the next login. */
export async function resetUserPassword(id: number, version: number): Promise<UserWithPassword> {
  const body: PasswordResetInput = { version };
  return apiRequest<UserWithPassword>(`/api/users/${id}/password`, { method: 'POST', body });
}

export async function resetUserTotp(id: number): Promise<void> {
  await apiRequest<void>(`/api/users/${id}/totp`, { method: 'DELETE' });
}
