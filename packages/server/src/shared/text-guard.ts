import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error.js';
import { findInvisibleCharacter } from './invisible-characters.js';

/**
 * Every request's JSON body, query and path are refused (400 VALIDATION_FAILED, naming the field)
 * when a text holds an invisible control character: stored, NUL fails on PostgreSQL and works on
 * SQLite, and none of them is anything a person meant to write. Uploaded workbooks are cleaned
 * instead (io/ledger-xlsx/sheet-grid.ts): there they are invisible, so dropping them loses nothing.
 */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = { body: request.body, querystring: request.query, params: request.params };
    for (const [part, value] of Object.entries(parts)) {
      const path = findInvisibleCharacter(value);
      if (path === null) continue;
      const field = path === '' ? part : `${part}.${path}`;
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ field, message: '含有不可见的控制字符（如 U+0000），请删除后重试 / contains an invisible control character' }],
      });
    }
  });
}
