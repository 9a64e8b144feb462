import {
  OneReport,
  ReportBatchSubmitBody,
  ReportDraftBody,
  ReportDraftParams,
  ReportListQuery,
  ReportPage,
  ReportVersionBody,
  SubmittedReports,
} from '@plantrack/contract/reporting/reports.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { saveReportDraft } from './save-report-draft.js';
import { getReport, listReports } from './reports.service.js';
import { submitReport, submitReportBatch, withdrawReport } from './submit-report.js';
import { REPORTING } from './reporting.policies.js';

/** What moving a report along its workflow can refuse: not in scope, changed meanwhile, wrong state, closed quarter. */
const TRANSITION_ERRORS = ['NOT_FOUND', 'STALE_VERSION', 'INVALID_STATE', 'CYCLE_CLOSED'] as const;
/** What an idempotent request can answer: its key in use or reused for another body, or a body too large to keep. */
const IDEMPOTENCY_ERRORS = ['IDEMPOTENCY_KEY_IN_PROGRESS', 'IDEMPOTENCY_KEY_REUSED', 'PAYLOAD_TOO_LARGE'] as const;

export function reportsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reporting'];
    // Report routes admit every plan reader at the door: scope (404) is checked before role (403).
    const access = { access: REPORTING.read };
    app.get(
      '/api/reports',
      {
        config: access,
        schema: {
          tags,
          summary: '进展报告列表（退回的在前）Progress reports, returned first',
          querystring: ReportListQuery,
          response: { 200: ReportPage, ...errorResponses(['NOT_FOUND', 'UNKNOWN_REFERENCE']) },
        },
      },
      async (request) => listReports(db, contextOf(request).actor, request.query),
    );
    app.get(
      '/api/reports/:id',
      {
        config: access,
        schema: {
          tags,
          summary: '报告详情与全部版本 A report with every version',
          params: IdParam,
          response: { 200: OneReport, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => ({
        report: await getReport(db, contextOf(request).actor, request.params.id),
      }),
    );
    app.put(
      '/api/items/:id/reports/:period',
      {
        config: access,
        schema: {
          tags,
          summary: '起草或修改某季度进展报告 Draft or correct the quarter’s report',
          params: ReportDraftParams,
          body: ReportDraftBody,
          response: { 200: OneReport, ...errorResponses([...TRANSITION_ERRORS, 'CYCLE_NOT_OPEN']) },
        },
      },
      async (request) => ({ report: await saveReportDraft(db, contextOf(request), request.params.id, request.params.period, request.body) }),
    );
    app.post(
      '/api/reports/:id/submit',
      {
        config: { ...access, idempotent: true },
        schema: {
          tags,
          summary: '报送（重复报送不产生重复）Submit (idempotent)',
          params: IdParam,
          body: ReportVersionBody,
          response: { 200: OneReport, ...errorResponses([...TRANSITION_ERRORS, ...IDEMPOTENCY_ERRORS]) },
        },
      },
      async (request) => ({ report: await submitReport(db, contextOf(request), request.params.id, request.body.version) }),
    );
    app.post(
      '/api/reports/submit-batch',
      {
        // Only heads submit; the ids in the body are each checked against the head's department (404).
        config: { access: REPORTING.submitReports, idempotent: true },
        schema: {
          tags,
          summary: '批量报送（全部成功或全部不变）Submit several reports, all or none',
          body: ReportBatchSubmitBody,
          response: { 200: SubmittedReports, ...errorResponses([...TRANSITION_ERRORS, ...IDEMPOTENCY_ERRORS]) },
        },
      },
      async (request) => ({ reports: await submitReportBatch(db, contextOf(request), request.body.reports) }),
    );
    app.post(
      '/api/reports/:id/withdraw',
      {
        config: access,
        schema: {
          tags,
          summary: '撤回 Withdraw a submitted report',
          params: IdParam,
          body: ReportVersionBody,
          response: { 200: OneReport, ...errorResponses(TRANSITION_ERRORS) },
        },
      },
      async (request) => ({
        report: await withdrawReport(db, contextOf(request), request.params.id, request.body.version),
      }),
    );
  };
}
