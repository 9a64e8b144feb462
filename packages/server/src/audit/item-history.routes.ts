import { HistoryPage, ItemHistoryQuery } from '@plantrack/contract/audit/item-history.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { listItemHistory } from './item-history.service.js';
import { AUDIT } from './audit.policies.js';

/** The item page's change history: the audit rows about one item, for those who may read the item (not the auditor's log). */
export function itemHistoryRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/items/:id/history',
      {
        config: { access: AUDIT.readItemHistory },
        schema: {
          tags: ['items'],
          summary: '条目变更记录 The change history of one item',
          params: IdParam,
          querystring: ItemHistoryQuery,
          response: { 200: HistoryPage, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => listItemHistory(db, contextOf(request).actor, request.params.id, request.query),
    );
  };
}
