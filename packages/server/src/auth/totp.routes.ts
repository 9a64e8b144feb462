import { RestrictionAfter } from '@plantrack/contract/auth/auth.contract';
import { TotpEnable, TotpSetup } from '@plantrack/contract/auth/totp.contract';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf, sessionIdOfRequest } from './access.js';
import { ACCOUNT } from './policies.js';
import { enableOwnTotp, setupTotp } from './totp.service.js';

/** Enrolling one's own second factor; open to a session restricted to exactly that. */
export function totpRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['auth'];
    const config = { access: ACCOUNT.manageOwnAccount, allowedRestrictions: ['totp_enrolment'] as const };
    app.post(
      '/api/auth/totp/setup',
      {
        config,
        schema: {
          tags,
          summary: '绑定身份验证器：生成密钥 Start enrolling an authenticator app: secret and otpauth:// URI',
          response: { 200: TotpSetup, ...errorResponses(['INVALID_STATE']) },
        },
      },
      async (request) => setupTotp(db, contextOf(request)),
    );
    app.post(
      '/api/auth/totp/enable',
      {
        config,
        schema: {
          tags,
          summary: '绑定身份验证器：输入验证码启用 Finish enrolling with the app’s current code',
          body: TotpEnable,
          response: { 200: RestrictionAfter, ...errorResponses(['INVALID_STATE', 'TOTP_CODE_INVALID']) },
        },
      },
      async (request) => enableOwnTotp(db, contextOf(request), sessionIdOfRequest(request), request.body.code),
    );
  };
}
