import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { contextOf } from '../../auth/access.js';
import { DateText, PeriodText } from '../../shared/schemas.js';
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
          querystring: z.strictObject({
            quarter: PeriodText,
            /** 发文字号 serial; without it the quarter's number, or the year's next. */
            number: z.coerce.number().int().min(1).max(9999).optional(),
            /** 成文日期; default today. */
            date: DateText.optional(),
          }),
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
