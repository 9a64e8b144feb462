import type { FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { ErrorCode } from '@plantrack/contract/errors';
import { z } from 'zod';
import { $ZodType, safeParse } from 'zod/v4/core';

/**
 * Serialises answers. In production an answer is JSON.stringify'd as the presenter built it: the
 * compiler already held it to the route's response schema. With `checkAnswers` (tests, development)
 * each answer is also parsed against that schema as it goes over the wire, and a field the schema
 * does not declare is an error too, so a presenter cannot send what the contract does not say.
 */
export function contractSerializerCompiler(checkAnswers: boolean) {
  return ({ schema, method, url, httpStatus }: { schema: unknown; method: string; url: string; httpStatus?: string }) => {
    if (!checkAnswers || !(schema instanceof $ZodType)) return (data: unknown) => JSON.stringify(data);
    const where = `${method} ${url} → ${httpStatus ?? '?'}`;
    return (data: unknown) => {
      const text = JSON.stringify(data);
      const problems = answerProblems(schema, JSON.parse(text));
      if (problems.length > 0) throw new Error(`The answer of ${where} breaks its contract: ${problems.slice(0, 5).join('; ')}`);
      return text;
    };
  };
}

export function answerProblems(schema: $ZodType, wire: unknown): string[] {
  const result = safeParse(schema, wire);
  if (!result.success) return result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return undeclaredFields(wire, result.data, '');
}

/** Keys on the wire that parsing dropped: fields the schema does not declare. */
function undeclaredFields(wire: unknown, parsed: unknown, at: string): string[] {
  if (Array.isArray(wire) && Array.isArray(parsed)) return wire.flatMap((value, i) => undeclaredFields(value, parsed[i], `${at}[${i}]`));
  if (!isPlainObject(wire) || !isPlainObject(parsed)) return [];
  return Object.keys(wire).flatMap((key) =>
    key in parsed ? undeclaredFields(wire[key], parsed[key], at ? `${at}.${key}` : key) : [`${at ? `${at}.${key}` : key}: not in the contract`],
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What any route can answer besides its own codes, by what it takes and who may call it. */
function commonErrorCodes(route: RouteOptions): ErrorCode[] {
  const schema = (route.schema ?? {}) as FastifySchema;
  const takesInput = Boolean(schema.body ?? schema.querystring ?? schema.params);
  const isPublic = (route.config as { access?: unknown } | undefined)?.access === 'public';
  const changes = route.method !== 'GET' && route.method !== 'HEAD';
  return [
    ...(takesInput || changes ? (['VALIDATION_FAILED'] as const) : []),
    ...(isPublic ? [] : (['UNAUTHENTICATED', 'FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED', 'TOTP_ENROLMENT_REQUIRED'] as const)),
    ...(changes && !isPublic ? (['CSRF_TOKEN_INVALID'] as const) : []),
    'RATE_LIMITED',
    'INTERNAL',
  ];
}

/**
 * Completes each route's declared answers with the errors every route can give, so the OpenAPI
 * document lists them all (a route's own codes for the same status are merged in), and marks the
 * public routes as needing no session.
 */
export function registerCommonErrorAnswers(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as (FastifySchema & { hide?: boolean; response?: Record<string, unknown>; security?: unknown[] }) | undefined;
    if (!schema?.response || schema.hide) return;
    const declared = Object.entries(schema.response);
    const ownCodes = declared.flatMap(([, answer]) => codesOf(answer));
    const errors = errorResponses([...ownCodes, ...commonErrorCodes(route)]);
    // Answers that are not the error shape (a success, a 503 readiness report) stay as declared.
    const others = Object.fromEntries(declared.filter(([, answer]) => codesOf(answer).length === 0));
    const isPublic = (route.config as { access?: unknown } | undefined)?.access === 'public';
    route.schema = { ...schema, response: { ...others, ...errors }, ...(isPublic ? { security: [] } : {}) };
  });
}

/** The codes a declared error answer lists (the enum of its `error.code`). */
function codesOf(answer: unknown): ErrorCode[] {
  if (!(answer instanceof z.ZodObject)) return [];
  const error: unknown = answer.shape.error;
  if (!(error instanceof z.ZodObject)) return [];
  const code: unknown = error.shape.code;
  return code instanceof z.ZodEnum ? (code.options as ErrorCode[]) : [];
}
