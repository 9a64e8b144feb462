import { PublicProgress, PublicProgressQuery } from '@plantrack/contract/public/public-progress.contract';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { getPublicProgress } from './public-progress.service.js';

/** 政务公开: the public items' progress, for anyone (no session). */
export function publicProgressRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/public/progress',
      {
        config: { access: 'public' },
        schema: {
          tags: ['public'],
          summary: '政务公开：公开事项的推进情况 Public progress (no login)',
          querystring: PublicProgressQuery,
          response: { 200: PublicProgress, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => getPublicProgress(db, request.query.organisation),
    );
  };
}
