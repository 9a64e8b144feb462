import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import { recordAudit } from '../audit/audit.service.js';
import { AppError } from '../shared/app-error.js';
import type { Actor, RequestContext } from './actor.js';
import { resolveSession } from './auth.service.js';
import type { Capability } from './capabilities.js';
import { has } from './capabilities.js';
import type { SessionRestriction } from './session-restriction.js';
import { restrictionError } from './session-restriction.js';

export const SESSION_COOKIE = 'plantrack_session';

/** Each route names the capability its callers need (see capabilities.ts); a route that states nothing is closed to everyone. */
export type Access = 'public' | Capability;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Only login may change state without the session's CSRF token: it has no session yet. */
    isCsrfExempt?: boolean;
    /** What a restricted session (password change due, second factor to enrol) may still call. */
    allowedRestrictions?: readonly SessionRestriction[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
    /** The session's id (the hash of the cookie's token) and what it is restricted to, if anything. */
    sessionId: string | null;
    sessionRestriction: SessionRestriction | null;
  }
}

export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A request that changes state with a session cookie must also carry that session's token in
 * X-CSRF-Token. Another site can make the browser send the cookie, but cannot read the token.
 */
function hasValidCsrfToken(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method) || request.routeOptions.config.isCsrfExempt) return true;
  const sent = request.headers[CSRF_HEADER];
  const expected = request.csrfToken;
  if (typeof sent !== 'string' || !expected || sent.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
}

export function registerAccessControl(app: FastifyInstance, db: Db): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('sessionRestriction', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const access = request.routeOptions.config.access;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await resolveSession(db, token, { ip: request.ip, requestId: request.id }) : null;
    request.actor = session?.actor ?? null;
    request.csrfToken = session?.csrfToken ?? null;
    request.sessionId = session?.sessionId ?? null;
    request.sessionRestriction = session?.restriction ?? null;
    if (request.actor && !hasValidCsrfToken(request)) {
      await recordAudit(db, contextOf(request), {
        action: 'access.csrf_rejected',
        entityType: 'route',
        entityId: `${request.method} ${request.url}`,
        outcome: 'denied',
      });
      throw new AppError('CSRF_TOKEN_INVALID');
    }
    // The API docs (swagger-ui's own routes) are public, like /api/openapi.json.
    if (access === 'public' || request.routeOptions.url === undefined || request.routeOptions.url.startsWith('/api/docs')) return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED');
    const restriction = request.sessionRestriction;
    if (restriction && !request.routeOptions.config.allowedRestrictions?.includes(restriction)) throw restrictionError(restriction);
    if (!access || !has(request.actor, access)) {
      await recordAudit(db, contextOf(request), {
        action: 'access.denied',
        entityType: 'route',
        entityId: `${request.method} ${request.routeOptions.url}`,
        outcome: 'denied',
      });
      throw new AppError('FORBIDDEN', { role: request.actor.role });
    }
  });
}

export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return { actor: request.actor, ip: request.ip, requestId: request.id };
}

/** The id of the caller's session, for commands that change the session itself (password, second factor). */
export function sessionIdOfRequest(request: FastifyRequest): string {
  if (!request.sessionId) throw new AppError('UNAUTHENTICATED');
  return request.sessionId;
}
