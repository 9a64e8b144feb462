import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps.js';
import { contextOf } from '../../auth/access.js';
import { readSingleFile } from '../../shared/multipart.js';
import { IdParam } from '../../shared/schemas.js';
import { REPORTING } from '../reporting.policies.js';
import { deleteEvidence } from './delete-evidence.js';
import { downloadHeaders } from './evidence.presenter.js';
import { getEvidenceContent, MAX_EVIDENCE_BYTES } from './evidence.service.js';
import { uploadEvidence } from './upload-evidence.js';

export function evidenceRoutes({ db, config }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reporting'];
    // Every plan reader passes the door: scope (404) is checked before role (403), as for reports.
    const access = { access: REPORTING.read };
    app.post(
      '/api/reports/:id/evidence',
      {
        config: access,
        schema: { tags, summary: '上传佐证材料（每次一个文件，不超过 20 MB）Upload one evidence file', params: IdParam, consumes: ['multipart/form-data'] },
      },
      async (request, reply) => {
        const file = await readSingleFile(request, MAX_EVIDENCE_BYTES);
        const { evidence, isCreated } = await uploadEvidence(db, config.dataDir, contextOf(request), request.params.id, file);
        return reply.status(isCreated ? 201 : 200).send({ evidence });
      },
    );
    app.get(
      '/api/evidence/:id',
      { config: access, schema: { tags, summary: '下载佐证材料 Download an evidence file', params: IdParam } },
      async (request, reply) => {
        const { row, content } = await getEvidenceContent(db, config.dataDir, contextOf(request).actor, request.params.id);
        return reply.headers(downloadHeaders(row, content.sizeBytes)).send(content.stream);
      },
    );
    app.delete(
      '/api/evidence/:id',
      { config: access, schema: { tags, summary: '删除佐证材料（报告报送前）Delete an evidence file', params: IdParam } },
      async (request, reply) => {
        await deleteEvidence(db, config.dataDir, contextOf(request), request.params.id);
        return reply.status(204).send();
      },
    );
  };
}
