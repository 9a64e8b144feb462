import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { getPublicProgress } from './public-progress.service.js';

const PublicProgressQuery = z.strictObject({ organisation: z.string().min(1).max(64).optional() });

/** 政务公开: the public items' progress, for anyone (no session). */
export function publicProgressRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/public/progress',
      {
        config: { access: 'public' },
        schema: { tags: ['public'], summary: '政务公开：公开事项的推进情况 Public progress (no login)', querystring: PublicProgressQuery },
      },
      async (request) => getPublicProgress(db, request.query.organisation),
    );
  };
}
