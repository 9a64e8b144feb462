import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppConfig, RateLimitConfig } from '../config.js';
import type { Db } from '../db/database.js';
import { takeRateLimit } from './rate-limit.js';

/**
 * Limits on the expensive routes, chosen by URL so routes added later under the same prefix are
 * covered: Excel imports (POST /api/imports/…) and exports (GET /api/exports/…). Counted per user,
 * or per address when anonymous, in the database: every app server counts against the same limit,
 * at the price of one write per limited request. (Counters in memory would cost nothing but allow
 * the limit once per server.) Login has its own throttle on failures per address (login.ts).
 */
interface LimitedRoute {
  name: string;
  method: string;
  prefix: string;
  limit: RateLimitConfig;
}

export function limitedRoutes(config: Pick<AppConfig, 'rateLimits'>): LimitedRoute[] {
  return [
    { name: 'imports', method: 'POST', prefix: '/api/imports/', limit: config.rateLimits.imports },
    { name: 'exports', method: 'GET', prefix: '/api/exports/', limit: config.rateLimits.exports },
  ];
}

function callerKey(request: FastifyRequest): string {
  return request.actor ? `user:${request.actor.userId}` : `ip:${request.ip}`;
}

/** Register after the access hook: it needs the caller, and unauthenticated calls are already refused. */
export function registerRateLimits(app: FastifyInstance, db: Db, config: Pick<AppConfig, 'rateLimits'>): void {
  const routes = limitedRoutes(config);
  app.addHook('onRequest', async (request) => {
    const route = routes.find((r) => r.method === request.method && request.url.startsWith(r.prefix));
    if (route) await takeRateLimit(db, `${route.name}:${callerKey(request)}`, route.limit);
  });
}
