import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.js';
import { has } from '../auth/capabilities.js';
import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { knownErrorOf } from '../shared/unique-violation.js';
import { recordAudit } from './audit.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function codeOf(error: FastifyError | AppError): string {
  if (error instanceof AppError) return error.code;
  const known = knownErrorOf(error);
  if (known) return known.code;
  return (error.statusCode ?? 500) < 500 ? 'VALIDATION_FAILED' : 'INTERNAL';
}

/**
 * A FORBIDDEN for a role the route admits came from a service's policy; one for a role it does not
 * admit, and a CSRF rejection, were recorded by the access hook already.
 */
function auditedActionOf(request: FastifyRequest, code: string, actor: Actor): 'access.denied' | 'request.failed' | null {
  if (code === 'FORBIDDEN' || code === 'CSRF_TOKEN_INVALID') {
    const access = request.routeOptions.config.access;
    return code === 'FORBIDDEN' && typeof access === 'object' && has(actor, access) ? 'access.denied' : null;
  }
  return SAFE_METHODS.has(request.method) ? null : 'request.failed';
}

/**
 * The outcome of what did not happen. A change that fails rolls back with its own audit row, so the
 * attempt is recorded here, after the fact: a denial by a service's policy (`access.denied`) and any
 * failed change (`request.failed`, with the error code). Denials at the door, CSRF rejections and
 * failed logins are recorded where they happen; failed reads are not recorded.
 */
export function registerFailureAudit(app: FastifyInstance, db: Db): void {
  app.addHook('onError', async (request, _reply, error: FastifyError | AppError) => {
    const actor = request.actor;
    if (!actor || !request.url.startsWith('/api/')) return;
    const code = codeOf(error);
    const action = auditedActionOf(request, code, actor);
    if (!action) return;
    const context = { actor, ip: request.ip, requestId: request.id };
    try {
      await recordAudit(db, context, {
        action,
        entityType: 'route',
        entityId: `${request.method} ${request.routeOptions.url ?? request.url}`,
        outcome: action === 'access.denied' ? 'denied' : 'failure',
        after: { code, params: request.params ?? {} },
      });
    } catch (auditError) {
      request.log.error({ err: auditError }, 'could not record the failed request in the audit log');
    }
  });
}
