import { ApproveBody, BatchReviewBody, QueuePage, ReturnBody, ReviewQueueQuery, ReviewResults } from '@plantrack/contract/review/review.contract';
import { OneReport } from '@plantrack/contract/reporting/reports.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { approveReport, returnReport } from './approve-report.js';
import { reviewBatch } from './review-batch.js';
import { listReviewQueue } from './review-queue.service.js';
import { REPORTING, REVIEW } from '../reporting/reporting.policies.js';

/** What a review decision can refuse: not in scope, changed meanwhile, not submitted, closed quarter. */
const DECISION_ERRORS = ['NOT_FOUND', 'STALE_VERSION', 'INVALID_STATE', 'CYCLE_CLOSED'] as const;

export function reviewRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['review'];
    app.get(
      '/api/review-queue',
      {
        config: { access: REVIEW.reviewReports },
        schema: {
          tags,
          summary: '报送审核队列（计划与报送、审核后状态、变化）The review queue',
          querystring: ReviewQueueQuery,
          response: { 200: QueuePage, ...errorResponses(['NOT_FOUND', 'UNKNOWN_REFERENCE']) },
        },
      },
      async (request) => listReviewQueue(db, contextOf(request).actor, request.query),
    );
    app.post(
      '/api/reports/:id/approve',
      {
        config: { access: REPORTING.read },
        schema: {
          tags,
          summary: '审核通过 Approve a report',
          params: IdParam,
          body: ApproveBody,
          response: { 200: OneReport, ...errorResponses(DECISION_ERRORS) },
        },
      },
      async (request) => ({
        report: await approveReport(db, contextOf(request), request.params.id, request.body),
      }),
    );
    app.post(
      '/api/reports/:id/return',
      {
        config: { access: REPORTING.read },
        schema: {
          tags,
          summary: '退回（须写明原因）Return with a comment',
          params: IdParam,
          body: ReturnBody,
          response: { 200: OneReport, ...errorResponses(DECISION_ERRORS) },
        },
      },
      async (request) => ({
        report: await returnReport(db, contextOf(request), request.params.id, request.body),
      }),
    );
    app.post(
      '/api/reviews',
      {
        config: { access: REVIEW.reviewReports },
        // Each report's refusal is reported in its result; the request itself fails only as any request can.
        schema: { tags, summary: '批量审核 Review several reports at once', body: BatchReviewBody, response: { 200: ReviewResults } },
      },
      async (request) => ({
        results: await reviewBatch(db, contextOf(request), request.body),
      }),
    );
  };
}
