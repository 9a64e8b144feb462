import {
  ExtensionApprove,
  ExtensionReject,
  ExtensionRequestCreate,
  ExtensionRequestListQuery,
  ExtensionRequestPage,
  ItemExtensionRequests,
  OneExtensionRequest,
} from '@plantrack/contract/supervision/extension-requests.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { approveExtensionRequest, rejectExtensionRequest } from './decide-extension-request.js';
import { getExtensionRequest, listExtensionRequests, listPlanExtensionRequests } from './extension-requests.service.js';
import { requestExtension } from './request-extension.js';
import { SUPERVISION } from './supervision.policies.js';

export function extensionRequestsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['supervision'];
    const access = SUPERVISION.read;
    // Plan readers at the door; the service answers 404 outside the caller's scope, then checks the role (403).
    const decision = { 200: OneExtensionRequest, ...errorResponses(['NOT_FOUND', 'STALE_VERSION', 'INVALID_STATE']) };
    // Plan readers at the door; the service answers 404 outside the caller's scope, then checks the role (403).
    app.get(
      '/api/items/:id/extension-requests',
      {
        config: { access },
        schema: {
          tags,
          summary: '条目的延期申请 Extension requests of an item',
          params: IdParam,
          response: { 200: ItemExtensionRequests, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => listExtensionRequests(db, contextOf(request).actor, request.params.id),
    );
    app.post(
      '/api/items/:id/extension-requests',
      {
        config: { access },
        schema: {
          tags,
          summary: '提出延期申请（牵头部门负责人）Request a later deadline',
          params: IdParam,
          body: ExtensionRequestCreate,
          response: { 201: OneExtensionRequest, ...errorResponses(['NOT_FOUND', 'EXTENSION_REQUEST_PENDING']) },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return { extensionRequest: await requestExtension(db, contextOf(request), request.params.id, request.body) };
      },
    );
    app.get(
      '/api/extension-requests',
      {
        config: { access },
        schema: {
          tags,
          summary: '延期申请列表 Extension requests (a department sees its own items’ only)',
          querystring: ExtensionRequestListQuery,
          response: { 200: ExtensionRequestPage, ...errorResponses(['NOT_FOUND', 'UNKNOWN_REFERENCE']) },
        },
      },
      async (request) => listPlanExtensionRequests(db, contextOf(request).actor, request.query),
    );
    app.get(
      '/api/extension-requests/:id',
      {
        config: { access },
        schema: {
          tags,
          summary: '延期申请详情 One extension request',
          params: IdParam,
          response: { 200: OneExtensionRequest, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => ({ extensionRequest: await getExtensionRequest(db, contextOf(request).actor, request.params.id) }),
    );
    app.post(
      '/api/extension-requests/:id/approve',
      {
        config: { access },
        schema: { tags, summary: '批准延期（指挥部办公室或分管市领导）Approve', params: IdParam, body: ExtensionApprove, response: decision },
      },
      async (request) => ({ extensionRequest: await approveExtensionRequest(db, contextOf(request), request.params.id, request.body) }),
    );
    app.post(
      '/api/extension-requests/:id/reject',
      {
        config: { access },
        schema: { tags, summary: '不予延期（指挥部办公室或分管市领导）Reject', params: IdParam, body: ExtensionReject, response: decision },
      },
      async (request) => ({ extensionRequest: await rejectExtensionRequest(db, contextOf(request), request.params.id, request.body) }),
    );
  };
}
