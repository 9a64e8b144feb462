import { AreaList, AreaPatch, OneArea, OnePlan, PlanPatch } from '@plantrack/contract/plan/plans.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { listAreas, updateArea } from './areas.service.js';
import { getPlanOverview, updatePlan } from './plans.service.js';
import { PLAN } from './plan.policies.js';

export function planRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plan'];
    app.get(
      '/api/plan',
      {
        config: { access: PLAN.read },
        schema: { tags, summary: '行动计划及十项重点任务 The current plan and its areas', response: { 200: OnePlan, ...errorResponses(['NOT_FOUND']) } },
      },
      async (request) => ({
        plan: await getPlanOverview(db, contextOf(request).actor),
      }),
    );
    app.patch(
      '/api/plan',
      {
        config: { access: PLAN.edit },
        schema: {
          tags,
          summary: '修改行动计划 Update the plan (optimistic: send version)',
          body: PlanPatch,
          response: { 200: OnePlan, ...errorResponses(['NOT_FOUND', 'STALE_VERSION']) },
        },
      },
      async (request) => ({ plan: await updatePlan(db, contextOf(request), request.body) }),
    );
    app.get(
      '/api/areas',
      {
        config: { access: PLAN.read },
        schema: { tags, summary: '重点任务领域 Key task areas', response: { 200: AreaList, ...errorResponses(['NOT_FOUND']) } },
      },
      async (request) => ({
        areas: await listAreas(db, contextOf(request).actor),
      }),
    );
    app.patch(
      '/api/areas/:id',
      {
        config: { access: PLAN.edit },
        schema: {
          tags,
          summary: '修改重点任务领域 Update an area (optimistic: send version)',
          params: IdParam,
          body: AreaPatch,
          response: { 200: OneArea, ...errorResponses(['NOT_FOUND', 'STALE_VERSION']) },
        },
      },
      async (request) => ({ area: await updateArea(db, contextOf(request), request.params.id, request.body) }),
    );
  };
}
