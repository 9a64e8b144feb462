/** Signing in and out, the session (who, its CSRF token, its restriction) and changing one's own password. */
import { z } from 'zod';
import { ROLES, SESSION_RESTRICTIONS } from '../enums.js';

export const TotpCode = z.string().regex(/^\d{6}$/, '6 位数字验证码');

export const Login = z
  .strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(256), totpCode: TotpCode.optional() })
  .meta({ example: { username: 'kjj_manager', password: 'Demo-pass-2024' } });
export type LoginInput = z.input<typeof Login>;

/**
 * A new password as the contract states it. The server holds it to the whole rule (auth/password-policy.ts),
 * which needs the list of common passwords only the server has, and answers 400 naming the rule broken.
 */
export const NewPasswordText = z.string().describe('8–128 位，包含大写字母、小写字母、数字、符号中的至少三类，不能是常见密码或登录名');

export const PasswordChange = z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: NewPasswordText });
export type PasswordChangeInput = z.input<typeof PasswordChange>;

export const SessionRestriction = z.enum(SESSION_RESTRICTIONS).nullable().describe('会话须先完成的事（修改密码、绑定身份验证器）；null 为无');

export const SessionUser = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    roles: z.array(z.enum(ROLES)),
    roleName: z.string().describe('角色中文名'),
    organisationId: z.number().int(),
    department: z.object({ id: z.number().int(), name: z.string(), shortName: z.string() }).nullable(),
  })
  .meta({ id: 'SessionUser' });
export type SessionUser = z.infer<typeof SessionUser>;

/** The signed-in session: the CSRF token goes back as X-CSRF-Token on every change. */
export const SignedIn = z.object({ user: SessionUser, csrfToken: z.string().nullable(), restriction: SessionRestriction });
export type SignedIn = z.infer<typeof SignedIn>;

/** As SignedIn, or `{ user: null }` when nobody is signed in. */
export const SessionState = z.object({ user: SessionUser.nullable(), csrfToken: z.string().nullable().optional(), restriction: SessionRestriction.optional() });
export type SessionState = z.infer<typeof SessionState>;

export const LoggedOut = z.object({ ok: z.literal(true) });

/** The session's restriction after a change that may lift it (password changed, second factor enrolled). */
export const RestrictionAfter = z.object({ restriction: SessionRestriction });
export type RestrictionAfter = z.infer<typeof RestrictionAfter>;
