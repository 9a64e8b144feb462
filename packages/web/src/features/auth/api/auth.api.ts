import * as z from 'zod/mini';
import { apiRequest, setCsrfToken } from '../../../shared/api/api-client';
import { ApiError } from '../../../shared/api/api-error';
import { Role } from '../../../shared/api/schemas';

export const CurrentUser = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  roleName: z.string(),
  organisationId: z.number(),
  department: z.nullable(z.object({ id: z.number(), name: z.string(), shortName: z.string() })),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

const UserResponse = z.object({ user: CurrentUser, csrfToken: z.nullish(z.string()) });

export const authKeys = { me: ['auth', 'me'] as const };

/** The signed-in user, or null when there is no valid session (not an error: the login page follows). */
export async function fetchCurrentUser(signal?: AbortSignal): Promise<CurrentUser | null> {
  try {
    const { user, csrfToken } = await apiRequest('/api/auth/me', { schema: UserResponse, signal });
    setCsrfToken(csrfToken ?? null);
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export interface Credentials {
  username: string;
  password: string;
}

export async function login(credentials: Credentials): Promise<CurrentUser> {
  const { user, csrfToken } = await apiRequest('/api/auth/login', { method: 'POST', body: credentials, schema: UserResponse });
  setCsrfToken(csrfToken ?? null);
  return user;
}

export async function logout(): Promise<void> {
  await apiRequest('/api/auth/logout', { method: 'POST', schema: z.unknown() });
  setCsrfToken(null);
}
