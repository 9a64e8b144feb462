import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import { recordAudit } from '../audit/audit.service.js';
import { AppError } from '../shared/app-error.js';
import type { Actor, RequestContext } from './actor.js';
import { resolveSession } from './auth.service.js';
import type { Role } from './roles.js';

export const SESSION_COOKIE = 'plantrack_session';

/** Each route states who may call it; a route that states nothing is closed to everyone. */
export type Access = 'public' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function registerAccessControl(app: FastifyInstance, db: Db): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const access = request.routeOptions.config.access;
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await resolveSession(db, token) : null;
    // The API docs (swagger-ui's own routes) are public, like /api/openapi.json.
    if (access === 'public' || request.routeOptions.url === undefined || request.routeOptions.url.startsWith('/api/docs')) return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED');
    if (!access || !access.includes(request.actor.role)) {
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
