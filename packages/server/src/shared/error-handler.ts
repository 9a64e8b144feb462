import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './app-error.js';
import { languageOf, messageFor } from './error-messages.js';
import { knownErrorOf } from './unique-violation.js';

interface FieldProblem {
  field: string;
  message: string;
}

/** The single error shape: `{ error: { code, message, details } }`, in the caller's language. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const language = languageOf(request.headers['accept-language']);
    const send = (known: AppError) => {
      if (known.code === 'RATE_LIMITED') reply.header('retry-after', String(known.details?.retryAfterSeconds ?? 60));
      return reply.status(known.status).send({ error: { code: known.code, message: messageFor(known.code, language), details: known.details ?? {} } });
    };
    if (error instanceof AppError) return send(error);
    const conflict = knownErrorOf(error);
    if (conflict) {
      request.log.warn({ err: error }, 'unique constraint hit by a concurrent write; answered 409');
      return send(conflict);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: FieldProblem[] = error.validation.map((issue) => ({
        field: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? '',
      }));
      return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message: messageFor('VALIDATION_FAILED', language), details: { fields } } });
    }
    if (error.statusCode === 413) {
      return reply.status(413).send({ error: { code: 'PAYLOAD_TOO_LARGE', message: messageFor('PAYLOAD_TOO_LARGE', language), details: {} } });
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors (malformed JSON, wrong content type): a 400 the caller can fix.
      return reply
        .status(400)
        .send({ error: { code: 'VALIDATION_FAILED', message: messageFor('VALIDATION_FAILED', language), details: { reason: error.message } } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: messageFor('INTERNAL', language), details: { requestId: request.id } } });
  });

  app.setNotFoundHandler((request, reply) => {
    const language = languageOf(request.headers['accept-language']);
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: messageFor('NOT_FOUND', language), details: { route: request.url } } });
  });
}
