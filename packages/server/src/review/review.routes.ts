import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { REPORTING } from '../reporting/reporting.policies.js';
import { IdParam } from '../shared/schemas.js';
import { approveReport, returnReport } from './approve-report.js';
import { reviewBatch } from './review-batch.js';
import { ReviewQueueQuery } from './review-queue.schema.js';
import { listReviewQueue } from './review-queue.service.js';
import { REVIEW } from './review.policies.js';
import { ApproveBody, BatchReviewBody, ReturnBody } from './review.schema.js';

export function reviewRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['review'];
    app.get(
      '/api/review-queue',
      {
        config: { access: REVIEW.reviewReports },
        schema: { tags, summary: '报送审核队列（计划与报送、审核后状态、变化）The review queue', querystring: ReviewQueueQuery },
      },
      async (request) => listReviewQueue(db, contextOf(request).actor, request.query),
    );
    app.post(
      '/api/reports/:id/approve',
      { config: { access: REPORTING.read }, schema: { tags, summary: '审核通过 Approve a report', params: IdParam, body: ApproveBody } },
      async (request) => ({
        report: await approveReport(db, contextOf(request), request.params.id, request.body),
      }),
    );
    app.post(
      '/api/reports/:id/return',
      { config: { access: REPORTING.read }, schema: { tags, summary: '退回（须写明原因）Return with a comment', params: IdParam, body: ReturnBody } },
      async (request) => ({
        report: await returnReport(db, contextOf(request), request.params.id, request.body),
      }),
    );
    app.post(
      '/api/reviews',
      { config: { access: REVIEW.reviewReports }, schema: { tags, summary: '批量审核 Review several reports at once', body: BatchReviewBody } },
      async (request) => ({
        results: await reviewBatch(db, contextOf(request), request.body),
      }),
    );
  };
}
