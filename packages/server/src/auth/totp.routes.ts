import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf, sessionIdOfRequest } from './access.js';
import { ACCOUNT } from './policies.js';
import { enableOwnTotp, setupTotp } from './totp.service.js';

const EnableBody = z.strictObject({ code: z.string().regex(/^\d{6}$/, '6 位数字验证码') });

/** Enrolling one's own second factor; open to a session restricted to exactly that. */
export function totpRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['auth'];
    const config = { access: ACCOUNT.manageOwnAccount, allowedRestrictions: ['totp_enrolment'] as const };
    app.post(
      '/api/auth/totp/setup',
      { config, schema: { tags, summary: '绑定身份验证器：生成密钥 Start enrolling an authenticator app: secret and otpauth:// URI' } },
      async (request) => setupTotp(db, contextOf(request)),
    );
    app.post(
      '/api/auth/totp/enable',
      { config, schema: { tags, summary: '绑定身份验证器：输入验证码启用 Finish enrolling with the app’s current code', body: EnableBody } },
      async (request) => enableOwnTotp(db, contextOf(request), sessionIdOfRequest(request), request.body.code),
    );
  };
}
