import { LedgerImportPreview } from '@plantrack/contract/io/imports.contract';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.js';
import { contextOf } from '../../auth/access.js';
import { callerOf } from '../io-caller.js';
import { commitLedgerImport } from './commit-ledger-import.js';
import { previewLedgerImport } from './preview-ledger-import.js';
import { IMPORT_ERRORS, readImportUpload } from './read-import-upload.js';
import { IO } from '../io.policies.js';

/**
 * Importing a ledger from Excel, in two steps. Both take the same multipart form: `file` (.xlsx),
 * `ledger` (master | province_key_tasks | key_indicators | pilots | innovations), optional `year`;
 * the commit also takes the preview's `token`. Only the office (hq) imports.
 */
export function ledgerImportRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['imports'];
    app.post(
      '/api/imports/preview',
      {
        config: { access: IO.importLedgers },
        schema: {
          tags,
          summary: '导入预览：问题清单与将新建/更新的条目 Preview a ledger import',
          consumes: ['multipart/form-data'],
          response: { 200: LedgerImportPreview, ...errorResponses(IMPORT_ERRORS) },
        },
      },
      async (request) => previewLedgerImport(db, contextOf(request).actor, await readImportUpload(request)),
    );
    app.post(
      '/api/imports/commit',
      {
        config: { access: IO.importLedgers, idempotent: true },
        schema: {
          tags,
          summary: '确认导入：全部写入或全部不写 Commit a ledger import (all or nothing)',
          consumes: ['multipart/form-data'],
          response: {
            200: LedgerImportPreview,
            ...errorResponses([
              ...IMPORT_ERRORS,
              'IMPORT_FILE_CHANGED',
              'IMPORT_HAS_PROBLEMS',
              'STALE_VERSION',
              'IDEMPOTENCY_KEY_IN_PROGRESS',
              'IDEMPOTENCY_KEY_REUSED',
            ]),
          },
        },
      },
      async (request) => commitLedgerImport(db, callerOf(contextOf(request)), await readImportUpload(request)),
    );
  };
}
