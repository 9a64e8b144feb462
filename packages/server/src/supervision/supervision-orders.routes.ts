import {
  OneSupervisionOrder,
  SupervisionOrderAcknowledge,
  SupervisionOrderAnswer,
  SupervisionOrderClose,
  SupervisionOrderCreate,
  SupervisionOrderListQuery,
  SupervisionOrderPage,
  SupervisionOrderReturn,
} from '@plantrack/contract/supervision/supervision-orders.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { acknowledgeSupervisionOrder } from './acknowledge-supervision-order.js';
import { answerSupervisionOrder } from './answer-supervision-order.js';
import { closeSupervisionOrder } from './close-supervision-order.js';
import { issueSupervisionOrder } from './issue-supervision-order.js';
import { returnSupervisionOrder } from './return-supervision-order.js';
import { getSupervisionOrder, listSupervisionOrders } from './supervision-orders.service.js';
import { SUPERVISION } from './supervision.policies.js';

export function supervisionOrdersRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['supervision'];
    const access = SUPERVISION.read;
    const step = { 200: OneSupervisionOrder, ...errorResponses(['NOT_FOUND', 'STALE_VERSION', 'INVALID_STATE']) };
    // Every step admits plan readers at the door: the service finds the order (or item) in the caller's
    // scope first — another department's is a 404 — and only then checks the role (403) and the step (409).
    app.post(
      '/api/items/:id/supervision-orders',
      {
        config: { access },
        schema: {
          tags,
          summary: '下发督办单（指挥部办公室）Issue a supervision order',
          params: IdParam,
          body: SupervisionOrderCreate,
          response: { 201: OneSupervisionOrder, ...errorResponses(['NOT_FOUND', 'RESPONSIBILITY_CHAIN_INCOMPLETE']) },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return { supervisionOrder: await issueSupervisionOrder(db, contextOf(request), request.params.id, request.body) };
      },
    );
    app.get(
      '/api/supervision-orders',
      {
        config: { access },
        schema: {
          tags,
          summary: '督办单列表 Supervision orders (a department sees its own items’ only)',
          querystring: SupervisionOrderListQuery,
          response: { 200: SupervisionOrderPage, ...errorResponses(['NOT_FOUND', 'UNKNOWN_REFERENCE']) },
        },
      },
      async (request) => listSupervisionOrders(db, contextOf(request).actor, request.query),
    );
    app.get(
      '/api/supervision-orders/:id',
      {
        config: { access },
        schema: {
          tags,
          summary: '督办单详情及办理过程 One order with its history',
          params: IdParam,
          response: { 200: OneSupervisionOrder, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => ({ supervisionOrder: await getSupervisionOrder(db, contextOf(request).actor, request.params.id) }),
    );
    app.post(
      '/api/supervision-orders/:id/acknowledge',
      { config: { access }, schema: { tags, summary: '签收督办单 Acknowledge an order', params: IdParam, body: SupervisionOrderAcknowledge, response: step } },
      async (request) => ({ supervisionOrder: await acknowledgeSupervisionOrder(db, contextOf(request), request.params.id, request.body) }),
    );
    app.post(
      '/api/supervision-orders/:id/answer',
      {
        config: { access },
        schema: { tags, summary: '反馈督办单（牵头部门负责人）Answer an order', params: IdParam, body: SupervisionOrderAnswer, response: step },
      },
      async (request) => ({ supervisionOrder: await answerSupervisionOrder(db, contextOf(request), request.params.id, request.body) }),
    );
    app.post(
      '/api/supervision-orders/:id/return',
      {
        config: { access },
        schema: { tags, summary: '退回反馈（指挥部办公室）Return an answer', params: IdParam, body: SupervisionOrderReturn, response: step },
      },
      async (request) => ({ supervisionOrder: await returnSupervisionOrder(db, contextOf(request), request.params.id, request.body) }),
    );
    app.post(
      '/api/supervision-orders/:id/close',
      { config: { access }, schema: { tags, summary: '办结销号（指挥部办公室）Close an order', params: IdParam, body: SupervisionOrderClose, response: step } },
      async (request) => ({ supervisionOrder: await closeSupervisionOrder(db, contextOf(request), request.params.id, request.body) }),
    );
  };
}
