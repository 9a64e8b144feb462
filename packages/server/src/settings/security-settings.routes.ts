import { SecurityPolicy, SecuritySettingsUpdate } from '@plantrack/contract/settings/security-settings.contract';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { presentFixedSecurityPolicy } from './security-settings.presenter.js';
import { getVersionedSecuritySettings, updateSecuritySettings } from './security-settings.service.js';
import { SETTINGS } from './settings.policies.js';

// 三权分立: the security administrator sets the policy; the system administrator may read it.
export function securitySettingsRoutes({ db, config }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['settings'];
    const fixed = presentFixedSecurityPolicy(config);
    app.get(
      '/api/settings/security',
      {
        config: { access: SETTINGS.readSecurity },
        schema: {
          tags,
          summary:
            '安全策略 Security policy: lockout, password age, idle timeout, TOTP; its version; the fixed parts (password rule, session lifetime, per-address throttle)',
          response: { 200: SecurityPolicy },
        },
      },
      async (request) => ({ ...(await getVersionedSecuritySettings(db, contextOf(request).actor.organisationId)), fixed }),
    );
    app.put(
      '/api/settings/security',
      {
        config: { access: SETTINGS.editSecurity },
        schema: {
          tags,
          summary: '修改安全策略 Change the security policy (security administrator only; send version: a concurrent change is 409)',
          body: SecuritySettingsUpdate,
          response: { 200: SecurityPolicy, ...errorResponses(['STALE_VERSION']) },
        },
      },
      async (request) => ({ ...(await updateSecuritySettings(db, contextOf(request), request.body)), fixed }),
    );
  };
}
