import {
  IndicatorDetailQuery,
  IndicatorListQuery,
  IndicatorPage,
  IndicatorPatch,
  IndicatorRetirement,
  OneIndicator,
} from '@plantrack/contract/indicators/indicators.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { getIndicator, listIndicators, setIndicatorRetired, updateIndicator } from './indicators.service.js';
import { INDICATORS } from './indicators.policies.js';

export function indicatorsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['indicators'];
    const retirement = { 200: OneIndicator, ...errorResponses(['NOT_FOUND', 'STALE_VERSION', 'INVALID_STATE']) };
    app.get(
      '/api/indicators',
      {
        config: { access: INDICATORS.read },
        schema: {
          tags,
          summary: '重点指标列表 List indicators',
          querystring: IndicatorListQuery,
          response: { 200: IndicatorPage, ...errorResponses(['NOT_FOUND', 'UNKNOWN_REFERENCE']) },
        },
      },
      async (request) => listIndicators(db, contextOf(request).actor, request.query),
    );
    app.get(
      '/api/indicators/:id',
      {
        config: { access: INDICATORS.read },
        schema: {
          tags,
          summary: '指标详情、数值序列与评估 One indicator with its series and assessment',
          params: IdParam,
          querystring: IndicatorDetailQuery,
          response: { 200: OneIndicator, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => ({ indicator: await getIndicator(db, contextOf(request).actor, request.params.id, request.query.asOf ?? null) }),
    );
    // Writes admit plan readers at the door so another department's indicator is a 404, not a 403.
    app.patch(
      '/api/indicators/:id',
      {
        config: { access: INDICATORS.read },
        schema: {
          tags,
          summary: '修改指标（基期、目标）Update an indicator',
          params: IdParam,
          body: IndicatorPatch,
          response: { 200: OneIndicator, ...errorResponses(['NOT_FOUND', 'STALE_VERSION', 'UNKNOWN_REFERENCE']) },
        },
      },
      async (request) => ({ indicator: await updateIndicator(db, contextOf(request), request.params.id, request.body) }),
    );
    // New indicators are items of the key-indicator ledger: POST /api/items with `indicator` fields.
    app.post(
      '/api/indicators/:id/retire',
      {
        config: { access: INDICATORS.edit },
        schema: { tags, summary: '停用指标 Retire an indicator', params: IdParam, body: IndicatorRetirement, response: retirement },
      },
      async (request) => ({ indicator: await setIndicatorRetired(db, contextOf(request), request.params.id, request.body.version, true) }),
    );
    app.post(
      '/api/indicators/:id/reinstate',
      {
        config: { access: INDICATORS.edit },
        schema: { tags, summary: '恢复已停用的指标 Reinstate a retired indicator', params: IdParam, body: IndicatorRetirement, response: retirement },
      },
      async (request) => ({ indicator: await setIndicatorRetired(db, contextOf(request), request.params.id, request.body.version, false) }),
    );
  };
}
