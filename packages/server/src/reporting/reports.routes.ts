import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { IdParam } from '../shared/schemas.js';
import { REPORTING } from './reporting.policies.js';
import { saveReportDraft } from './save-report-draft.js';
import { ReportBatchSubmitBody, ReportDraftBody, ReportDraftParams, ReportListQuery, ReportVersionBody } from './reports.schema.js';
import { getReport, listReports } from './reports.service.js';
import { submitReport, submitReportBatch, withdrawReport } from './submit-report.js';

export function reportsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reporting'];
    // Report routes admit every plan reader at the door: scope (404) is checked before role (403).
    const access = { access: REPORTING.read };
    app.get(
      '/api/reports',
      { config: access, schema: { tags, summary: '进展报告列表（退回的在前）Progress reports, returned first', querystring: ReportListQuery } },
      async (request) => listReports(db, contextOf(request).actor, request.query),
    );
    app.get(
      '/api/reports/:id',
      { config: access, schema: { tags, summary: '报告详情与全部版本 A report with every version', params: IdParam } },
      async (request) => ({
        report: await getReport(db, contextOf(request).actor, request.params.id),
      }),
    );
    app.put(
      '/api/items/:id/reports/:period',
      {
        config: access,
        schema: { tags, summary: '起草或修改某季度进展报告 Draft or correct the quarter’s report', params: ReportDraftParams, body: ReportDraftBody },
      },
      async (request) => ({ report: await saveReportDraft(db, contextOf(request), request.params.id, request.params.period, request.body) }),
    );
    app.post(
      '/api/reports/:id/submit',
      {
        config: { ...access, idempotent: true },
        schema: { tags, summary: '报送（重复报送不产生重复）Submit (idempotent)', params: IdParam, body: ReportVersionBody },
      },
      async (request) => ({ report: await submitReport(db, contextOf(request), request.params.id, request.body.version) }),
    );
    app.post(
      '/api/reports/submit-batch',
      {
        // Only heads submit; the ids in the body are each checked against the head's department (404).
        config: { access: REPORTING.submitReports, idempotent: true },
        schema: { tags, summary: '批量报送（全部成功或全部不变）Submit several reports, all or none', body: ReportBatchSubmitBody },
      },
      async (request) => ({ reports: await submitReportBatch(db, contextOf(request), request.body.reports) }),
    );
    app.post(
      '/api/reports/:id/withdraw',
      { config: access, schema: { tags, summary: '撤回 Withdraw a submitted report', params: IdParam, body: ReportVersionBody } },
      async (request) => ({
        report: await withdrawReport(db, contextOf(request), request.params.id, request.body.version),
      }),
    );
  };
}
