import { AuditCsv, AuditExportQuery, AuditListQuery, AuditPage } from '@plantrack/contract/audit/audit.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { contentDisposition } from '../io/download.js';
import { listAuditEntries } from './audit.service.js';
import { exportAuditLog } from './export-audit-log.js';
import { AUDIT } from './audit.policies.js';

/** The audit log is read by the auditor alone (三权分立) and written only by the changes themselves. */
export function auditRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['audit'];
    app.get(
      '/api/audit',
      {
        config: { access: AUDIT.readLog },
        schema: {
          tags,
          summary: '审计日志：按对象、用户、操作、时间段、关键词检索 Search the audit log (auditor only)',
          querystring: AuditListQuery,
          response: { 200: AuditPage },
        },
      },
      async (request) => listAuditEntries(db, contextOf(request), request.query),
    );
    app.get(
      '/api/audit/export',
      {
        config: { access: AUDIT.readLog },
        schema: { tags, summary: '导出审计日志（CSV）Export the audit log as CSV (auditor only)', querystring: AuditExportQuery, response: { 200: AuditCsv } },
      },
      async (request, reply) => {
        const file = await exportAuditLog(db, contextOf(request), request.query);
        // The contract types a file answer as text (OpenAPI: a binary string); the bytes go as they are.
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', contentDisposition(file))
          .send(file.content as unknown as string);
      },
    );
  };
}
