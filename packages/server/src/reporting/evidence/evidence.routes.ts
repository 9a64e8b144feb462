import { OneEvidence } from '@plantrack/contract/reporting/evidence/evidence.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.js';
import { contextOf } from '../../auth/access.js';
import { readSingleFile } from '../../shared/multipart.js';
import { deleteEvidence } from './delete-evidence.js';
import { downloadHeaders } from './evidence.presenter.js';
import { getEvidenceContent, MAX_EVIDENCE_BYTES } from './evidence.service.js';
import { uploadEvidence } from './upload-evidence.js';
import { REPORTING } from '../reporting.policies.js';

export function evidenceRoutes({ db, config }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reporting'];
    // Every plan reader passes the door: scope (404) is checked before role (403), as for reports.
    const access = { access: REPORTING.read };
    app.post(
      '/api/reports/:id/evidence',
      {
        config: access,
        schema: {
          tags,
          summary: '上传佐证材料（每次一个文件，不超过 20 MB）Upload one evidence file',
          params: IdParam,
          consumes: ['multipart/form-data'],
          // 201 for a new file; 200 when the report already has this content (a retry, a double click).
          response: {
            200: OneEvidence,
            201: OneEvidence,
            ...errorResponses([
              'NOT_FOUND',
              'CYCLE_CLOSED',
              'INVALID_STATE',
              'EVIDENCE_LIMIT_REACHED',
              'ONE_FILE_REQUIRED',
              'FILE_TOO_LARGE',
              'FILE_TYPE_NOT_ALLOWED',
            ]),
          },
        },
      },
      async (request, reply) => {
        const file = await readSingleFile(request, MAX_EVIDENCE_BYTES);
        const { evidence, isCreated } = await uploadEvidence(db, config.dataDir, contextOf(request), request.params.id, file);
        return reply.status(isCreated ? 201 : 200).send({ evidence });
      },
    );
    app.get(
      '/api/evidence/:id',
      {
        config: access,
        schema: {
          tags,
          summary: '下载佐证材料 Download an evidence file',
          params: IdParam,
          response: {
            200: {
              description: '文件内容（以附件下载，Content-Type 为上传时识别的类型）The file, as an attachment',
              content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
            },
            ...errorResponses(['NOT_FOUND']),
          },
        },
      },
      async (request, reply) => {
        const { row, content } = await getEvidenceContent(db, config.dataDir, contextOf(request).actor, request.params.id);
        // Declared as binary text (what the OpenAPI document shows); on the wire it is the stored file's stream.
        return reply.headers(downloadHeaders(row, content.sizeBytes)).send(content.stream as unknown as string);
      },
    );
    app.delete(
      '/api/evidence/:id',
      {
        config: access,
        schema: {
          tags,
          summary: '删除佐证材料（报告报送前）Delete an evidence file',
          params: IdParam,
          response: { 204: z.null().describe('已删除 Deleted'), ...errorResponses(['NOT_FOUND', 'CYCLE_CLOSED', 'INVALID_STATE']) },
        },
      },
      async (request, reply) => {
        await deleteEvidence(db, config.dataDir, contextOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
