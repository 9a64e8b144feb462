import { BulletinQuery } from '@plantrack/contract/io/exports.contract';
import { CONTENT_TYPES, errorResponses, fileAnswer } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.js';
import { contextOf } from '../../auth/access.js';
import { contentDisposition } from '../download.js';
import { callerOf } from '../io-caller.js';
import { IO } from '../io.policies.js';
import { exportBulletin } from './export-bulletin.js';

/** The quarterly bulletin (季度通报) for the office and the city leaders. */
export function bulletinRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/exports/bulletin',
      {
        config: { access: IO.downloadBulletin },
        schema: {
          tags: ['exports'],
          summary: '季度通报（Word）Quarterly bulletin as .docx',
          querystring: BulletinQuery,
          response: { 200: fileAnswer('季度通报 .docx', [CONTENT_TYPES.docx]), ...errorResponses(['NOT_FOUND', 'UNKNOWN_REFERENCE']) },
        },
      },
      async (request, reply) => {
        const { quarter, number, date } = request.query;
        const file = await exportBulletin(db, callerOf(contextOf(request)), quarter, { documentNumber: number, issuedOn: date });
        return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file)).send(file.content);
      },
    );
  };
}
