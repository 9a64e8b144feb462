import { ItemAcknowledgements, OneItemAcknowledgement } from '@plantrack/contract/supervision/acknowledgements.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { acknowledgeItem, listAcknowledgements } from './acknowledge-item.js';
import { SUPERVISION } from './supervision.policies.js';

export function acknowledgementsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['supervision'];
    // Plan readers at the door; the service answers 404 outside the caller's scope, then checks the role (403).
    app.get(
      '/api/items/:id/acknowledgements',
      {
        config: { access: SUPERVISION.read },
        schema: {
          tags,
          summary: '交办签收情况 Which departments have acknowledged the item',
          params: IdParam,
          response: { 200: ItemAcknowledgements, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => listAcknowledgements(db, contextOf(request).actor, request.params.id),
    );
    app.post(
      '/api/items/:id/acknowledge',
      {
        config: { access: SUPERVISION.read },
        schema: {
          tags,
          summary: '签收交办事项（部门负责人）Acknowledge the assignment for my department',
          params: IdParam,
          response: { 200: OneItemAcknowledgement.describe('已签收过：原记录'), 201: OneItemAcknowledgement, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request, reply) => {
        const { acknowledgement, isNew } = await acknowledgeItem(db, contextOf(request), request.params.id);
        // Signing twice is harmless: the same record comes back, 200 instead of 201.
        reply.status(isNew ? 201 : 200);
        return { acknowledgement };
      },
    );
  };
}
