import { OneSection, SectionCreate, SectionList, SectionPatch } from '@plantrack/contract/organisation/sections.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { createSection, listSections, updateSection } from './sections.service.js';
import { ORGANISATION } from './organisation.policies.js';

export function sectionsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['sections'];
    app.get(
      '/api/departments/:id/sections',
      {
        config: { access: ORGANISATION.readDirectory },
        schema: { tags, summary: '部门的科室 Sections of a department', params: IdParam, response: { 200: SectionList, ...errorResponses(['NOT_FOUND']) } },
      },
      async (request) => ({ sections: await listSections(db, contextOf(request).actor, request.params.id) }),
    );
    app.post(
      '/api/departments/:id/sections',
      {
        config: { access: ORGANISATION.editSections },
        schema: {
          tags,
          summary: '新建科室 Create a section',
          params: IdParam,
          body: SectionCreate,
          response: { 201: OneSection, ...errorResponses(['NOT_FOUND', 'DUPLICATE']) },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return { section: await createSection(db, contextOf(request), request.params.id, request.body) };
      },
    );
    app.patch(
      '/api/sections/:id',
      {
        config: { access: ORGANISATION.editSections },
        schema: {
          tags,
          summary: '修改科室 Update a section (optimistic: send version)',
          params: IdParam,
          body: SectionPatch,
          response: { 200: OneSection, ...errorResponses(['NOT_FOUND', 'STALE_VERSION', 'DUPLICATE']) },
        },
      },
      async (request) => ({ section: await updateSection(db, contextOf(request), request.params.id, request.body) }),
    );
  };
}
