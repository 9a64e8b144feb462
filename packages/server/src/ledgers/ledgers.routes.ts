import { LedgerList, LedgerParams, LedgerPatch, OneLedger } from '@plantrack/contract/ledgers/ledgers.contract';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { listLedgers, updateLedger } from './ledgers.service.js';
import { LEDGERS } from './ledgers.policies.js';

export function ledgersRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/ledgers',
      {
        config: { access: LEDGERS.read, etag: true },
        schema: { tags: ['ledgers'], summary: '五本台账 The plan’s five ledgers', response: { 200: LedgerList, ...errorResponses(['NOT_FOUND']) } },
      },
      async (request) => ({
        ledgers: await listLedgers(db, contextOf(request).actor),
      }),
    );
    app.patch(
      '/api/ledgers/:kind',
      {
        config: { access: LEDGERS.edit },
        schema: {
          tags: ['ledgers'],
          summary: '修改台账信息 Update a ledger (optimistic: send version)',
          params: LedgerParams,
          body: LedgerPatch,
          response: { 200: OneLedger, ...errorResponses(['NOT_FOUND', 'STALE_VERSION']) },
        },
      },
      async (request) => ({ ledger: await updateLedger(db, contextOf(request), request.params.kind, request.body) }),
    );
  };
}
