import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { AppDeps } from '../app-deps.js';
import { APP_VERSION } from '../version.js';

export function healthRoutes({ db, dbKind }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/health', { config: { access: 'public' }, schema: { tags: ['health'], summary: '健康检查 Health' } }, async () => {
      await sql`select 1`.execute(db);
      return { status: 'ok', db: dbKind, version: APP_VERSION };
    });
  };
}
