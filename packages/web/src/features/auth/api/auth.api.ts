import * as z from 'zod/mini';
import { apiRequest, setCsrfToken } from '../../../shared/api/api-client';
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
export const SESSION_RESTRICTIONS = ['password_change', 'totp_enrolment'] as const;
export type SessionRestriction = (typeof SESSION_RESTRICTIONS)[number];

/** The user, and what the session must do before anything else (change the password, enrol TOTP). */
export type CurrentUser = z.infer<typeof CurrentUser> & { restriction: SessionRestriction | null };

const UserResponse = z.object({ user: CurrentUser, csrfToken: z.nullish(z.string()), restriction: z.nullish(z.enum(SESSION_RESTRICTIONS)) });
const SessionResponse = z.extend(UserResponse, { user: z.nullable(CurrentUser) });

export const authKeys = { me: ['auth', 'me'] as const };

/** The signed-in user, or null when there is no valid session (not an error: the login page follows). */
export async function fetchCurrentUser(signal?: AbortSignal): Promise<CurrentUser | null> {
  const { user, csrfToken, restriction } = await apiRequest('/api/auth/session', { schema: SessionResponse, signal });
  setCsrfToken(csrfToken ?? null);
  return user ? { ...user, restriction: restriction ?? null } : null;
}

export interface Credentials {
  username: string;
  password: string;
  /** The authenticator app's 6-digit code, once the server has asked for it (TOTP_REQUIRED). */
  totpCode?: string;
}

export async function login(credentials: Credentials): Promise<CurrentUser> {
  const { user, csrfToken, restriction } = await apiRequest('/api/auth/login', { method: 'POST', body: credentials, schema: UserResponse });
  setCsrfToken(csrfToken ?? null);
  return { ...user, restriction: restriction ?? null };
}

export async function logout(): Promise<void> {
  await apiRequest('/api/auth/logout', { method: 'POST', schema: z.unknown() });
  setCsrfToken(null);
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/** POST /api/auth/password — ends the user's other sessions and lifts this one's restriction. */
export async function changePassword(input: PasswordChange): Promise<{ restriction: SessionRestriction | null }> {
  const { restriction } = await apiRequest('/api/auth/password', {
    method: 'POST',
    body: input,
    schema: z.object({ restriction: z.nullish(z.enum(SESSION_RESTRICTIONS)) }),
  });
  return { restriction: restriction ?? null };
}

/** The secret of the authenticator being enrolled: as text for manual entry and as an otpauth:// URI for the QR code. */
const TotpSetup = z.object({ secret: z.string(), otpauthUri: z.string() });
export type TotpSetup = z.infer<typeof TotpSetup>;

/** POST /api/auth/totp/setup — a fresh secret, pending until a code proves the app has it. */
export async function setupTotp(): Promise<TotpSetup> {
  return apiRequest('/api/auth/totp/setup', { method: 'POST', schema: TotpSetup });
}

/** POST /api/auth/totp/enable — the app's current code turns the secret on and lifts the enrolment restriction. */
export async function enableTotp(code: string): Promise<{ restriction: SessionRestriction | null }> {
  const { restriction } = await apiRequest('/api/auth/totp/enable', {
    method: 'POST',
    body: { code },
    schema: z.object({ restriction: z.nullish(z.enum(SESSION_RESTRICTIONS)) }),
  });
  return { restriction: restriction ?? null };
}
