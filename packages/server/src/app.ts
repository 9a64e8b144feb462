import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { DestinationStream } from 'pino';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps.js';
import { auditRoutes } from './audit/audit.routes.js';
import { itemHistoryRoutes } from './audit/item-history.routes.js';
import { registerFailureAudit } from './audit/audit-request-failures.js';
import { registerAccessControl } from './auth/access.js';
import { authRoutes } from './auth/auth.routes.js';
import { registerRateLimits } from './auth/rate-limits.hook.js';
import { healthRoutes } from './health/health.routes.js';
import { indicatorsRoutes } from './indicators/indicators.routes.js';
import { indicatorValuesRoutes } from './indicators/indicator-values.routes.js';
import { itemsRoutes } from './items/items.routes.js';
import { quarterlyPlansRoutes } from './items/quarterly-plans.routes.js';
import { ledgersRoutes } from './ledgers/ledgers.routes.js';
import { dashboardRoutes } from './dashboard/dashboard.routes.js';
import { settingsRoutes } from './settings/settings.routes.js';
import { cyclesRoutes } from './reporting/cycles.routes.js';
import { reportsRoutes } from './reporting/reports.routes.js';
import { evidenceRoutes } from './reporting/evidence/evidence.routes.js';
import { reviewRoutes } from './review/review.routes.js';
import { departmentsRoutes } from './organisation/departments.routes.js';
import { organisationsRoutes } from './organisation/organisations.routes.js';
import { peopleRoutes } from './organisation/people.routes.js';
import { sectionsRoutes } from './organisation/sections.routes.js';
import { planRoutes } from './plan/plans.routes.js';
import { publicProgressRoutes } from './public/public-progress.routes.js';
import { registerErrorHandler } from './shared/error-handler.js';
import { LOG_REDACTION } from './shared/log-redaction.js';
import { installSecretKeys } from './keys/secret-keys.js';
import { contractSerializerCompiler, registerCommonErrorAnswers } from './shared/contract-answers.js';
import { registerCompression } from './shared/compression.js';
import { registerEtag } from './shared/etag.js';
import { registerTextGuard } from './shared/text-guard.js';
import { registerSecurityHeaders } from './shared/security-headers.js';
import { registerMultipart } from './shared/multipart.js';
import { registerIdempotency } from './shared/idempotency.js';
import { notificationsRoutes } from './notifications/notifications.routes.js';
import { acknowledgementsRoutes } from './supervision/acknowledgements.routes.js';
import { extensionRequestsRoutes } from './supervision/extension-requests.routes.js';
import { instructionsRoutes } from './supervision/instructions.routes.js';
import { supervisionOrdersRoutes } from './supervision/supervision-orders.routes.js';
import { usersRoutes } from './users/users.routes.js';
import { bulletinRoutes } from './io/bulletin/bulletin.routes.js';
import { handoutRoutes } from './io/handout/handout.routes.js';
import { ledgerExportRoutes } from './io/ledger-export/ledger-export.routes.js';
import { ledgerImportRoutes } from './io/ledger-import/ledger-import.routes.js';
import { progressImportRoutes } from './io/progress-import/progress-import.routes.js';
import { configureWorkbookParsing, stopWorkbookParsing } from './io/ledger-import/parse-workbook-isolated.js';
import { APP_VERSION } from './version.js';
import { registerWebApp } from './web/serve-web.js';

export interface BuildAppOptions {
  logger?: boolean;
  /** Where the log goes (default stdout); tests capture it to check what is redacted. */
  logStream?: DestinationStream;
  /** Sees every route as it is registered (the route × role matrix test enumerates them this way). */
  onRoute?: (route: RouteOptions) => void;
}

/** The HTTP application: plugins, access control, error shape and every feature's routes. */
export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  // The audit chain and the personal-data encryption need their keys (env, or key files in the data dir).
  installSecretKeys(deps.config);
  // Uploaded workbooks are parsed in capped processes; their number and limits are the process's.
  configureWorkbookParsing(deps.config.importParsing);
  const app = Fastify({
    logger:
      options.logger === false ? false : { level: deps.config.logLevel, redact: LOG_REDACTION, ...(options.logStream ? { stream: options.logStream } : {}) },
    bodyLimit: 1024 * 1024,
    // Only the configured proxies may name the client's address: it keys the login throttle and the audit log.
    trustProxy: deps.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.addHook('onClose', async () => stopWorkbookParsing());
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(contractSerializerCompiler(deps.config.checkAnswers));
  registerCommonErrorAnswers(app);
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  registerEtag(app);
  registerTextGuard(app);

  await app.register(cookie);
  // Once for every upload route (evidence, Excel imports); each route reads its one file with its own limit.
  await registerMultipart(app);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'PlanTrack 推进台账系统 API',
        version: APP_VERSION,
        description: '所有接口以会话 Cookie 认证；错误统一为 { error: { code, message, details } }。',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'plantrack_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas given an id in the contracts (`.meta({ id })`) become named components, referenced by $ref.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  registerAccessControl(app, deps.db);
  registerRateLimits(app, deps.db, deps.config);
  registerFailureAudit(app, deps.db);
  registerIdempotency(app, deps.db);
  // Last of the answer's hooks: the ETag and the idempotency store take the uncompressed answer.
  registerCompression(app);
  for (const routes of [
    healthRoutes,
    authRoutes,
    ledgersRoutes,
    itemsRoutes,
    quarterlyPlansRoutes,
    indicatorsRoutes,
    indicatorValuesRoutes,
    cyclesRoutes,
    reportsRoutes,
    evidenceRoutes,
    reviewRoutes,
    dashboardRoutes,
    settingsRoutes,
    organisationsRoutes,
    departmentsRoutes,
    sectionsRoutes,
    peopleRoutes,
    usersRoutes,
    planRoutes,
    auditRoutes,
    itemHistoryRoutes,
    acknowledgementsRoutes,
    extensionRequestsRoutes,
    supervisionOrdersRoutes,
    instructionsRoutes,
    notificationsRoutes,
    ledgerImportRoutes,
    progressImportRoutes,
    ledgerExportRoutes,
    handoutRoutes,
    bulletinRoutes,
    publicProgressRoutes,
  ])
    await app.register(routes(deps));
  await registerWebApp(app);
  return app;
}
