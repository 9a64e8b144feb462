import type { LoginInput, PasswordChangeInput, RestrictionAfter, SessionState, SessionUser, SignedIn } from '@plantrack/contract/auth/auth.contract';
import type { TotpSetup } from '@plantrack/contract/auth/totp.contract';
import type { SessionRestriction } from '@plantrack/contract/enums';
import { apiRequest, setCsrfToken } from '../../../shared/api/api-client';

/** The signed-in user as the app keeps it: the user, and what the session must do before anything else. */
export type CurrentUser = SessionUser & { restriction: SessionRestriction | null };

export const authKeys = { me: ['auth', 'me'] as const };

/** The signed-in user, or null when there is no valid session (not an error: the login page follows). */
export async function fetchCurrentUser(signal?: AbortSignal): Promise<CurrentUser | null> {
  const { user, csrfToken, restriction } = await apiRequest<SessionState>('/api/auth/session', { signal });
  setCsrfToken(csrfToken ?? null);
  return user ? { ...user, restriction: restriction ?? null } : null;
}

/** totpCode: the authenticator app's 6-digit code, once the server has asked for it (TOTP_REQUIRED). */
export async function login(credentials: LoginInput): Promise<CurrentUser> {
  const { user, csrfToken, restriction } = await apiRequest<SignedIn>('/api/auth/login', { method: 'POST', body: credentials });
  setCsrfToken(csrfToken);
  return { ...user, restriction };
}

export async function logout(): Promise<void> {
  await apiRequest<void>('/api/auth/logout', { method: 'POST' });
  setCsrfToken(null);
}

/** POST /api/auth/password — ends the user's other sessions and lifts this one's restriction. */
export async function changePassword(input: PasswordChangeInput): Promise<RestrictionAfter> {
  return apiRequest<RestrictionAfter>('/api/auth/password', { method: 'POST', body: input });
}

/** POST /api/auth/totp/setup — a fresh secret, pending until a code proves the app has it. */
export async function setupTotp(): Promise<TotpSetup> {
  return apiRequest<TotpSetup>('/api/auth/totp/setup', { method: 'POST' });
}

/** POST /api/auth/totp/enable — the app's current code turns the secret on and lifts the enrolment restriction. */
export async function enableTotp(code: string): Promise<RestrictionAfter> {
  return apiRequest<RestrictionAfter>('/api/auth/totp/enable', { method: 'POST', body: { code } });
}
