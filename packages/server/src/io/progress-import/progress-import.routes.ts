import { ProgressImportFields, ProgressImportPreview } from '@plantrack/contract/io/imports.contract';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.js';
import { contextOf } from '../../auth/access.js';
import { callerOf } from '../io-caller.js';
import { readUpload } from '../ledger-import/read-import-upload.js';
import { commitProgressImport, previewProgressImport } from './progress-import.js';
import type { ProgressImportInput } from './progress-import.js';
import { IMPORT_ERRORS } from '../ledger-import/read-import-upload.js';
import { IO } from '../io.policies.js';

async function readProgressUpload(request: Parameters<typeof readUpload>[0]): Promise<ProgressImportInput> {
  const { file, fields } = await readUpload(request, ProgressImportFields);
  return { ...file, quarter: fields.quarter, replace: fields.replace === 'true', token: fields.token };
}

/**
 * Importing past quarters' progress (历史数据导入) from the office's ledgers, in the ledger import's two
 * steps and with its upload limits. Only the office (hq) imports.
 */
export function progressImportRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['imports'];
    app.post(
      '/api/imports/progress/preview',
      {
        config: { access: IO.importProgress },
        schema: {
          tags,
          summary: '历史进展导入预览：按季度、部门列出将导入的报告与问题 Preview a progress import',
          consumes: ['multipart/form-data'],
          response: { 200: ProgressImportPreview, ...errorResponses(IMPORT_ERRORS) },
        },
      },
      async (request) => previewProgressImport(db, contextOf(request).actor, await readProgressUpload(request)),
    );
    app.post(
      '/api/imports/progress/commit',
      {
        config: { access: IO.importProgress, idempotent: true },
        schema: {
          tags,
          summary: '确认历史进展导入：全部写入或全部不写 Commit a progress import (all or nothing)',
          consumes: ['multipart/form-data'],
          response: {
            200: ProgressImportPreview,
            ...errorResponses([...IMPORT_ERRORS, 'IMPORT_FILE_CHANGED', 'IMPORT_HAS_PROBLEMS', 'IDEMPOTENCY_KEY_IN_PROGRESS', 'IDEMPOTENCY_KEY_REUSED']),
          },
        },
      },
      async (request) => commitProgressImport(db, callerOf(contextOf(request)), await readProgressUpload(request)),
    );
  };
}
