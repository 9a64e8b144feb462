import { SCHEDULE_STATUSES } from '@plantrack/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { contextOf } from '../../auth/access.js';
import { LedgerKind, PeriodText } from '../../shared/schemas.js';
import { contentDisposition } from '../download.js';
import { callerOf } from '../io-caller.js';
import { IO } from '../io.policies.js';
import { exportLedger } from './export-ledger.js';

export const LedgerExportQuery = z.strictObject({
  ledger: LedgerKind,
  /** Id, full name, short name or alias of a department (lead or co-operating). */
  department: z.string().max(100).optional(),
  leader: z.coerce.number().int().positive().optional(),
  area: z.string().max(20).optional(),
  /** Computed schedule status in the `asOf` quarter (default: the current quarter). */
  status: z.enum(SCHEDULE_STATUSES).optional(),
  asOf: PeriodText.optional(),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

/** Ledger export for every plan reader; a department's file holds only its own items. */
export function ledgerExportRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/exports/ledger',
      {
        config: { access: IO.exportLedgers },
        schema: { tags: ['exports'], summary: '导出台账（Excel 或 CSV，可按部门/领导/领域/状态筛选）Export a ledger', querystring: LedgerExportQuery },
      },
      async (request, reply) => {
        const file = await exportLedger(db, callerOf(contextOf(request)), request.query);
        return reply.header('content-type', file.contentType).header('content-disposition', contentDisposition(file)).send(file.content);
      },
    );
  };
}
