import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { PLAN_READERS } from '../auth/roles.js';
import { IdParam } from '../shared/schemas.js';
import { CycleClose, CycleCreate, CycleReopen } from './cycles.schema.js';
import { closeCycle, listCycles, openCycle, reopenCycle } from './cycles.service.js';

export function cyclesRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reporting'];
    app.get('/api/cycles', { config: { access: PLAN_READERS }, schema: { tags, summary: '报送周期 Reporting cycles' } }, async (request) => ({
      cycles: await listCycles(db, contextOf(request).actor),
    }));
    app.post(
      '/api/cycles',
      { config: { access: ['hq'] }, schema: { tags, summary: '开启报送周期 Open a reporting cycle', body: CycleCreate } },
      async (request, reply) => {
        reply.status(201);
        return { cycle: await openCycle(db, contextOf(request), request.body) };
      },
    );
    app.post(
      '/api/cycles/:id/close',
      { config: { access: ['hq'] }, schema: { tags, summary: '关闭（锁定）报送周期 Close and lock a cycle', params: IdParam, body: CycleClose } },
      async (request) => ({
        cycle: await closeCycle(db, contextOf(request), request.params.id, request.body.version),
      }),
    );
    app.post(
      '/api/cycles/:id/reopen',
      {
        config: { access: ['hq'] },
        schema: { tags, summary: '重新开启已关闭周期（记录原因）Reopen a closed cycle, with a reason', params: IdParam, body: CycleReopen },
      },
      async (request) => ({ cycle: await reopenCycle(db, contextOf(request), request.params.id, request.body) }),
    );
  };
}
