import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { SESSION_COOKIE, contextOf } from './access.js';
import { login, logout } from './auth.service.js';
import { presentActor } from './auth.presenter.js';
import { PLAN_READERS } from './roles.js';

const LoginBody = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(256) });

export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { access: 'public', isCsrfExempt: true },
        schema: { tags: ['auth'], summary: '登录 Log in; the answer carries csrfToken, to send back as X-CSRF-Token on every change', body: LoginBody },
      },
      async (request, reply) => {
        const { token, actor, csrfToken } = await login(deps.db, { ...request.body, ip: request.ip, sessionHours: deps.config.sessionHours });
        reply.setCookie(SESSION_COOKIE, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: request.protocol === 'https',
          maxAge: deps.config.sessionHours * 3600,
        });
        return { user: await presentActor(deps.db, actor), csrfToken };
      },
    );

    app.post('/api/auth/logout', { config: { access: 'public' }, schema: { tags: ['auth'], summary: '退出 Log out' } }, async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(deps.db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    });

    const everyone = [...PLAN_READERS, 'sysadmin', 'secadmin', 'auditor'] as const;
    app.get(
      '/api/auth/me',
      { config: { access: everyone }, schema: { tags: ['auth'], summary: '当前用户与 CSRF 令牌 The current user and the session’s CSRF token' } },
      async (request) => ({
        user: await presentActor(deps.db, contextOf(request).actor),
        csrfToken: request.csrfToken,
      }),
    );
  };
}
