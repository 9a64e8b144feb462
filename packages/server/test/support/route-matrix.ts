import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from 'fastify';
import type { Access } from '../../src/auth/access.js';
import { has } from '../../src/auth/capabilities.js';
import type { Role } from '../../src/auth/roles.js';
import type { Session } from './test-app.js';

/** One method of one registered route, with the access it declares (undefined: none, which the guard denies). */
export interface RegisteredRoute {
  method: string;
  url: string;
  access: Access | undefined;
}

/** An onRoute hook for buildApp and the list it fills: every route the app registers, HEAD twins included. */
export function routeCollector(): { routes: RegisteredRoute[]; onRoute: (route: RouteOptions) => void } {
  const routes: RegisteredRoute[] = [];
  const onRoute = (route: RouteOptions) => {
    const access = (route.config as { access?: Access } | undefined)?.access;
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access });
  };
  return { routes, onRoute };
}

export const isApiRoute = (route: RegisteredRoute) => route.url.startsWith('/api/');
// swagger-ui registers its own pages under /api/docs; the guard treats them as public like /api/openapi.json.
export const isPublic = (route: RegisteredRoute) => route.access === 'public' || route.url.startsWith('/api/docs');

/** API routes that state no access at all: the guard closes them to everyone, but each is a route somebody forgot. */
export function findUnguardedRoutes(routes: RegisteredRoute[]): RegisteredRoute[] {
  return routes.filter((route) => isApiRoute(route) && !isPublic(route) && route.access === undefined);
}

export function isAllowed(route: RegisteredRoute, role: Role): boolean {
  return typeof route.access === 'object' && has({ role }, route.access);
}

/** The route's URL with its parameters filled in with values that name nothing (the guard answers before validation). */
export function sampleUrl(url: string): string {
  return url
    .replace(/:period\b/g, '2023Q1')
    .replace(/:[A-Za-z]+/g, '999999')
    .replace(/\*$/, 'x');
}

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** Calls the route as `session` (null: anonymous), with its CSRF token on changes, so only the access rule decides. */
export function callRoute(app: FastifyInstance, route: RegisteredRoute, session: Session | null): Promise<LightMyRequestResponse> {
  const method = route.method as Method;
  const headers: Record<string, string> = session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {};
  const hasBody = !['GET', 'HEAD', 'OPTIONS', 'DELETE'].includes(method);
  return app.inject({ method, url: sampleUrl(route.url), headers, ...(hasBody ? { payload: {} } : {}) });
}

export const routeKey = (route: RegisteredRoute) => `${route.method} ${route.url}`;
