import { HandoutQuery } from '@plantrack/contract/io/exports.contract';
import { CONTENT_TYPES, errorResponses, fileAnswer } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.js';
import { contextOf } from '../../auth/access.js';
import { contentDisposition } from '../download.js';
import { callerOf } from '../io-caller.js';
import { IO } from '../io.policies.js';
import { exportHandout } from './export-handout.js';

/** The 调度会 handout for every plan reader; a department's file holds only its own items. Rate-limited with the other exports. */
export function handoutRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/exports/handout',
      {
        config: { access: IO.downloadHandout },
        schema: {
          tags: ['exports'],
          summary: '调度会推进情况表（Excel，按领域或分管市领导分组，筛选同台账页）Progress-meeting handout',
          querystring: HandoutQuery,
          response: { 200: fileAnswer('调度会推进情况表 .xlsx', [CONTENT_TYPES.xlsx]), ...errorResponses(['NOT_FOUND', 'UNKNOWN_REFERENCE']) },
        },
      },
      async (request, reply) => {
        const file = await exportHandout(db, callerOf(contextOf(request)), request.query);
        return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file)).send(file.content);
      },
    );
  };
}
