import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { AuditListQuery } from './audit.schema.js';
import { listAuditEntries } from './audit.service.js';

/** The audit log is read by the auditor alone (三权分立) and written only by the changes themselves. */
export function auditRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      { config: { access: ['auditor'] }, schema: { tags: ['audit'], summary: '审计日志 The audit log (auditor only)', querystring: AuditListQuery } },
      async (request) => listAuditEntries(db, contextOf(request).actor, request.query),
    );
  };
}
