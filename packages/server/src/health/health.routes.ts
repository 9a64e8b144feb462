import { Health, Liveness, Readiness } from '@plantrack/contract/health/health.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { APP_VERSION } from '../version.js';
import { pingDatabase } from './health.repository.js';
import { checkReadiness } from './readiness.js';

/**
 * Public probes for load balancers and orchestrators: `live` says the process answers (no database,
 * so a slow database never gets a healthy process restarted); `ready` says it can serve: the
 * database answers and has every migration this build knows (503 otherwise, with the reason).
 */
export function healthRoutes({ db, dbKind }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = { access: 'public' as const };
    app.get('/api/health', { config, schema: { tags: ['health'], summary: '健康检查 Health', response: { 200: Health } } }, async () => {
      await pingDatabase(db);
      return { status: 'ok' as const, db: dbKind, version: APP_VERSION };
    });
    app.get(
      '/api/health/live',
      { config, schema: { tags: ['health'], summary: '存活探针（不访问数据库）Liveness', response: { 200: Liveness } } },
      async () => ({
        status: 'ok' as const,
        version: APP_VERSION,
      }),
    );
    app.get(
      '/api/health/ready',
      {
        config,
        schema: {
          tags: ['health'],
          summary: '就绪探针：数据库可用且已迁移 Readiness',
          response: { 200: Readiness, 503: Readiness.describe('未就绪 Not ready') },
        },
      },
      async (_request, reply) => {
        const readiness = await checkReadiness(db);
        return reply.code(readiness.isReady ? 200 : 503).send({ status: readiness.isReady ? 'ready' : 'unavailable', db: dbKind, ...readiness.details });
      },
    );
  };
}
