import {
  InstructionAcknowledge,
  InstructionCreate,
  InstructionFeedback,
  ItemInstructions,
  OneInstruction,
  OpenInstructions,
} from '@plantrack/contract/supervision/instructions.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { acknowledgeInstruction, answerInstruction, listInstructions, listOpenInstructions, writeInstruction } from './instructions.service.js';
import { SUPERVISION } from './supervision.policies.js';

export function instructionsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['supervision'];
    const step = { 200: OneInstruction, ...errorResponses(['NOT_FOUND', 'STALE_VERSION', 'INVALID_STATE']) };
    // Plan readers at the door; the service answers 404 outside the caller's scope, then checks the role (403).
    app.get(
      '/api/items/:id/instructions',
      {
        config: { access: SUPERVISION.read },
        schema: {
          tags,
          summary: '领导批示 Leaders’ instructions on an item',
          params: IdParam,
          response: { 200: ItemInstructions, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => listInstructions(db, contextOf(request).actor, request.params.id),
    );
    app.post(
      '/api/items/:id/instructions',
      {
        config: { access: SUPERVISION.read },
        schema: {
          tags,
          summary: '作出批示（市领导）Write an instruction',
          params: IdParam,
          body: InstructionCreate,
          response: { 201: OneInstruction, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return { instruction: await writeInstruction(db, contextOf(request), request.params.id, request.body) };
      },
    );
    app.get(
      '/api/instructions/open',
      {
        config: { access: SUPERVISION.read },
        schema: {
          tags,
          summary: '待阅办、待落实反馈的批示 Instructions still waiting (a department: on its items; a leader: their own)',
          response: { 200: OpenInstructions, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => listOpenInstructions(db, contextOf(request).actor),
    );
    app.post(
      '/api/instructions/:id/acknowledge',
      {
        config: { access: SUPERVISION.read },
        schema: { tags, summary: '阅办批示（牵头部门）Acknowledge an instruction', params: IdParam, body: InstructionAcknowledge, response: step },
      },
      async (request) => ({ instruction: await acknowledgeInstruction(db, contextOf(request), request.params.id, request.body?.version) }),
    );
    app.post(
      '/api/instructions/:id/feedback',
      {
        config: { access: SUPERVISION.read },
        schema: { tags, summary: '批示落实反馈（牵头部门）Report on an instruction', params: IdParam, body: InstructionFeedback, response: step },
      },
      async (request) => ({ instruction: await answerInstruction(db, contextOf(request), request.params.id, request.body) }),
    );
  };
}
