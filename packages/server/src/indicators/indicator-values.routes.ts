import {
  IndicatorValueApproveBody,
  IndicatorValueBody,
  IndicatorValueParams,
  IndicatorValueReturnBody,
  IndicatorValueVersionBody,
} from '@plantrack/contract/indicators/indicator-values.contract';
import { OneIndicator } from '@plantrack/contract/indicators/indicators.contract';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { approveIndicatorValue, returnIndicatorValue, submitIndicatorValue, withdrawIndicatorValue } from './review-indicator-value.js';
import { setIndicatorValue } from './save-indicator-value.js';
import { INDICATORS } from './indicators.policies.js';

/** A period's indicator value: drafted by the department, submitted by its head, reviewed by the office. */
export function indicatorValuesRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['indicators'];
    // Every plan reader passes the door, so another department's indicator is a 404, not a 403.
    const config = { access: INDICATORS.read };
    const base = '/api/indicators/:id/values/:period';
    // Every step answers the whole indicator; it fails on scope, a locked period, the value's state or a stale version.
    const stepErrors = ['NOT_FOUND', 'CYCLE_NOT_OPEN', 'CYCLE_CLOSED', 'INVALID_STATE', 'STALE_VERSION'] as const;
    const step = { 200: OneIndicator, ...errorResponses(stepErrors) };
    app.put(
      base,
      {
        config,
        schema: {
          tags,
          summary: '填报某季度指标值与全省位次（部门为草稿，办公室录入即审核通过）Save a period’s value and rank',
          params: IndicatorValueParams,
          body: IndicatorValueBody,
          response: step,
        },
      },
      async (request) => ({ indicator: await setIndicatorValue(db, contextOf(request), request.params.id, request.params.period, request.body) }),
    );
    app.post(
      `${base}/submit`,
      {
        config: { ...config, idempotent: true },
        schema: {
          tags,
          summary: '报送指标值（重复报送不产生重复）Submit a value',
          params: IndicatorValueParams,
          body: IndicatorValueVersionBody,
          response: { 200: OneIndicator, ...errorResponses([...stepErrors, 'IDEMPOTENCY_KEY_IN_PROGRESS', 'IDEMPOTENCY_KEY_REUSED']) },
        },
      },
      async (request) => ({
        indicator: await submitIndicatorValue(db, contextOf(request), request.params.id, request.params.period, request.body.version),
      }),
    );
    app.post(
      `${base}/withdraw`,
      {
        config,
        schema: { tags, summary: '撤回指标值 Withdraw a submitted value', params: IndicatorValueParams, body: IndicatorValueVersionBody, response: step },
      },
      async (request) => ({
        indicator: await withdrawIndicatorValue(db, contextOf(request), request.params.id, request.params.period, request.body.version),
      }),
    );
    app.post(
      `${base}/approve`,
      { config, schema: { tags, summary: '审核通过指标值 Approve a value', params: IndicatorValueParams, body: IndicatorValueApproveBody, response: step } },
      async (request) => ({ indicator: await approveIndicatorValue(db, contextOf(request), request.params.id, request.params.period, request.body) }),
    );
    app.post(
      `${base}/return`,
      {
        config,
        schema: {
          tags,
          summary: '退回指标值（须写明原因）Return a value with a comment',
          params: IndicatorValueParams,
          body: IndicatorValueReturnBody,
          response: step,
        },
      },
      async (request) => ({ indicator: await returnIndicatorValue(db, contextOf(request), request.params.id, request.params.period, request.body) }),
    );
  };
}
