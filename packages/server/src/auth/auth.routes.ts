import { LoggedOut, Login, PasswordChange, RestrictionAfter, SessionState, SignedIn } from '@plantrack/contract/auth/auth.contract';
import { SESSION_RESTRICTIONS } from '@plantrack/contract/enums';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { SESSION_COOKIE, contextOf, sessionIdOfRequest } from './access.js';
import { logout } from './auth.service.js';
import { presentActor } from './auth.presenter.js';
import { changeOwnPassword } from './change-password.js';
import { login } from './login.js';
import { NewPassword } from './password-policy.js';
import { totpRoutes } from './totp.routes.js';
import { ACCOUNT } from './policies.js';

// The contract states the new password as text; here it is held to the whole rule (the common-password list is the server's).
const PasswordChangeBody = PasswordChange.extend({ newPassword: NewPassword });

export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['auth'];
    app.post(
      '/api/auth/login',
      {
        config: { access: 'public', isCsrfExempt: true },
        schema: {
          tags,
          summary: '登录 Log in (totpCode once a second factor is enrolled); the answer carries csrfToken, to send back as X-CSRF-Token, and any restriction',
          body: Login,
          response: { 200: SignedIn, ...errorResponses(['INVALID_CREDENTIALS', 'TOTP_REQUIRED', 'TOTP_CODE_INVALID']) },
        },
      },
      async (request, reply) => {
        const outcome = await login(deps.db, {
          ...request.body,
          ip: request.ip,
          previousToken: request.cookies[SESSION_COOKIE],
          sessionHours: deps.config.sessionHours,
          failuresPerIp: deps.config.rateLimits.loginFailuresPerIp,
        });
        reply.setCookie(SESSION_COOKIE, outcome.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: request.protocol === 'https',
          maxAge: deps.config.sessionHours * 3600,
        });
        return { user: await presentActor(deps.db, outcome.actor), csrfToken: outcome.csrfToken, restriction: outcome.restriction };
      },
    );

    app.post(
      '/api/auth/logout',
      { config: { access: 'public' }, schema: { tags, summary: '退出 Log out', response: { 200: LoggedOut } } },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await logout(deps.db, token, { ip: request.ip, requestId: request.id });
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    /** Who the session is: the user, the session's CSRF token and restriction. */
    const sessionOf = async (request: FastifyRequest) => ({
      user: await presentActor(deps.db, contextOf(request).actor),
      csrfToken: request.csrfToken,
      restriction: request.sessionRestriction,
    });
    app.get(
      '/api/auth/me',
      {
        config: { access: ACCOUNT.manageOwnAccount, allowedRestrictions: SESSION_RESTRICTIONS },
        schema: { tags, summary: '当前用户、CSRF 令牌与会话限制 The current user, the session’s CSRF token and restriction', response: { 200: SignedIn } },
      },
      sessionOf,
    );
    // The app's sign-in check: nobody signed in is an answer, not an error (a 401 would be logged in
    // the browser's console on every visit to the login page). API clients keep /api/auth/me's 401.
    app.get(
      '/api/auth/session',
      {
        config: { access: 'public' },
        schema: { tags, summary: '登录状态（未登录时 user 为 null）The session: as /api/auth/me, or user null', response: { 200: SessionState } },
      },
      async (request) => (request.actor ? sessionOf(request) : { user: null }),
    );

    app.post(
      '/api/auth/password',
      {
        config: { access: ACCOUNT.manageOwnAccount, allowedRestrictions: SESSION_RESTRICTIONS },
        schema: {
          tags,
          summary: '修改本人密码 Change your own password (ends your other sessions)',
          body: PasswordChangeBody,
          response: { 200: RestrictionAfter, ...errorResponses(['CURRENT_PASSWORD_INCORRECT']) },
        },
      },
      async (request) => changeOwnPassword(deps.db, contextOf(request), sessionIdOfRequest(request), request.body),
    );

    await app.register(totpRoutes(deps));
  };
}
