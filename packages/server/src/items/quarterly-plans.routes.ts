import { QuarterlyPlanBody, QuarterlyPlanParams, QuarterlyPlans } from '@plantrack/contract/items/quarterly-plans.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { listQuarterlyPlans, setQuarterlyPlan } from './quarterly-plans.service.js';
import { ITEMS } from './items.policies.js';

export function quarterlyPlansRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['items'];
    app.get(
      '/api/items/:id/quarterly-plans',
      {
        config: { access: ITEMS.read },
        schema: {
          tags,
          summary: '按季推进计划 Quarterly advancement plan of an item',
          params: IdParam,
          response: { 200: QuarterlyPlans, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => ({ quarterlyPlans: await listQuarterlyPlans(db, contextOf(request).actor, request.params.id) }),
    );
    // Open to every plan reader at the door; the service answers 404 outside the caller's scope, then checks the role.
    app.put(
      '/api/items/:id/quarterly-plans/:period',
      {
        config: { access: ITEMS.read },
        schema: {
          tags,
          summary: '设置某季度计划 Set one quarter’s milestone and cumulative %',
          params: QuarterlyPlanParams,
          body: QuarterlyPlanBody,
          response: { 200: QuarterlyPlans, ...errorResponses(['NOT_FOUND', 'STALE_VERSION']) },
        },
      },
      async (request) => ({ quarterlyPlans: await setQuarterlyPlan(db, contextOf(request), request.params.id, request.params.period, request.body) }),
    );
  };
}
