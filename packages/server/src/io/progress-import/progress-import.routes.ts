import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { contextOf } from '../../auth/access.js';
import { callerOf } from '../io-caller.js';
import { IO } from '../io.policies.js';
import { readUpload } from '../ledger-import/read-import-upload.js';
import { commitProgressImport, previewProgressImport } from './progress-import.js';
import type { ProgressImportInput } from './progress-import.js';

/** The form of a progress import: the file, optional `quarter` (2023Q3), `replace` and the preview's `token`. */
const ProgressImportFields = z.strictObject({
  quarter: z
    .string()
    .regex(/^\d{4}Q[1-4]$/)
    .optional(),
  replace: z.enum(['true', 'false']).optional(),
  token: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

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
        schema: { tags, summary: '历史进展导入预览：按季度、部门列出将导入的报告与问题 Preview a progress import', consumes: ['multipart/form-data'] },
      },
      async (request) => previewProgressImport(db, contextOf(request).actor, await readProgressUpload(request)),
    );
    app.post(
      '/api/imports/progress/commit',
      {
        config: { access: IO.importProgress, idempotent: true },
        schema: { tags, summary: '确认历史进展导入：全部写入或全部不写 Commit a progress import (all or nothing)', consumes: ['multipart/form-data'] },
      },
      async (request) => commitProgressImport(db, callerOf(contextOf(request)), await readProgressUpload(request)),
    );
  };
}
