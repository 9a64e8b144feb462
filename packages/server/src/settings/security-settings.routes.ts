import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { getSecuritySettings, updateSecuritySettings } from './security-settings.service.js';
import { SecuritySettingsPatch } from './security-settings.schema.js';

// 三权分立: the security administrator sets the policy; the system administrator may read it.
export function securitySettingsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['settings'];
    app.get(
      '/api/settings/security',
      { config: { access: ['secadmin', 'sysadmin'] }, schema: { tags, summary: '安全策略 Security policy: lockout, password age, idle timeout, TOTP' } },
      async (request) => ({ security: await getSecuritySettings(db, contextOf(request).actor.organisationId) }),
    );
    app.put(
      '/api/settings/security',
      {
        config: { access: ['secadmin'] },
        schema: { tags, summary: '修改安全策略 Change the security policy (security administrator only)', body: SecuritySettingsPatch },
      },
      async (request) => ({ security: await updateSecuritySettings(db, contextOf(request), request.body) }),
    );
  };
}
