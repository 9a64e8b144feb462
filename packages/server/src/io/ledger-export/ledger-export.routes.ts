import { LedgerExportQuery } from '@plantrack/contract/io/exports.contract';
import { CONTENT_TYPES, errorResponses, fileAnswer } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.js';
import { contextOf } from '../../auth/access.js';
import { contentDisposition } from '../download.js';
import { callerOf } from '../io-caller.js';
import { exportLedger } from './export-ledger.js';
import { IO } from '../io.policies.js';

/** Ledger export for every plan reader; a department's file holds only its own items. */
export function ledgerExportRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/exports/ledger',
      {
        config: { access: IO.exportLedgers },
        schema: {
          tags: ['exports'],
          summary: '导出台账（Excel 或 CSV，可按部门/领导/领域/状态筛选）Export a ledger',
          querystring: LedgerExportQuery,
          response: { 200: fileAnswer('台账文件', [CONTENT_TYPES.xlsx, CONTENT_TYPES.csv]), ...errorResponses(['NOT_FOUND', 'UNKNOWN_REFERENCE']) },
        },
      },
      async (request, reply) => {
        const file = await exportLedger(db, callerOf(contextOf(request)), request.query);
        return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file)).send(file.content);
      },
    );
  };
}
