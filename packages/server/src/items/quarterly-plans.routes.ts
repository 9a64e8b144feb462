import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { IdParam } from '../shared/schemas.js';
import { ITEMS } from './items.policies.js';
import { QuarterlyPlanBody, QuarterlyPlanParams } from './quarterly-plans.schema.js';
import { listQuarterlyPlans, setQuarterlyPlan } from './quarterly-plans.service.js';

export function quarterlyPlansRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['items'];
    app.get(
      '/api/items/:id/quarterly-plans',
      { config: { access: ITEMS.read }, schema: { tags, summary: '按季推进计划 Quarterly advancement plan of an item', params: IdParam } },
      async (request) => ({ quarterlyPlans: await listQuarterlyPlans(db, contextOf(request).actor, request.params.id) }),
    );
    // Open to every plan reader at the door; the service answers 404 outside the caller's scope, then checks the role.
    app.put(
      '/api/items/:id/quarterly-plans/:period',
      {
        config: { access: ITEMS.read },
        schema: { tags, summary: '设置某季度计划 Set one quarter’s milestone and cumulative %', params: QuarterlyPlanParams, body: QuarterlyPlanBody },
      },
      async (request) => ({ quarterlyPlans: await setQuarterlyPlan(db, contextOf(request), request.params.id, request.params.period, request.body) }),
    );
  };
}
