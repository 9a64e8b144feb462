import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { PLAN_READERS } from '../auth/roles.js';
import { listLedgers } from './ledgers.service.js';

export function ledgersRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/ledgers',
      { config: { access: PLAN_READERS }, schema: { tags: ['ledgers'], summary: '五本台账 The plan’s five ledgers' } },
      async (request) => ({
        ledgers: await listLedgers(db, contextOf(request).actor),
      }),
    );
  };
}
