import { OnePerson, PeopleListQuery, PersonCreate, PersonList, PersonPatch } from '@plantrack/contract/organisation/people.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { createPerson, getPerson, listPeople, updatePerson } from './people.service.js';
import { ORGANISATION } from './organisation.policies.js';

export function peopleRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['people'];
    app.get(
      '/api/people',
      {
        config: { access: ORGANISATION.readPeople },
        schema: {
          tags,
          summary: '市领导和工作人员（电话打码） Leaders and staff, phones masked',
          querystring: PeopleListQuery,
          response: { 200: PersonList, ...errorResponses(['UNKNOWN_REFERENCE']) },
        },
      },
      async (request) => ({ people: await listPeople(db, contextOf(request).actor, request.query) }),
    );
    app.get(
      '/api/people/:id',
      {
        config: { access: ORGANISATION.readPeople },
        schema: { tags, summary: '人员详情 One person', params: IdParam, response: { 200: OnePerson, ...errorResponses(['NOT_FOUND']) } },
      },
      async (request) => ({
        person: await getPerson(db, contextOf(request).actor, request.params.id),
      }),
    );
    app.post(
      '/api/people',
      {
        config: { access: ORGANISATION.editPeople },
        schema: {
          tags,
          summary: '新增人员 Add a leader or staff member',
          body: PersonCreate,
          response: { 201: OnePerson, ...errorResponses(['UNKNOWN_REFERENCE']) },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return { person: await createPerson(db, contextOf(request), request.body) };
      },
    );
    app.patch(
      '/api/people/:id',
      {
        config: { access: ORGANISATION.editPeople },
        schema: {
          tags,
          summary: '修改人员 Update a person (optimistic: send version)',
          params: IdParam,
          body: PersonPatch,
          response: { 200: OnePerson, ...errorResponses(['NOT_FOUND', 'STALE_VERSION', 'UNKNOWN_REFERENCE']) },
        },
      },
      async (request) => ({ person: await updatePerson(db, contextOf(request), request.params.id, request.body) }),
    );
  };
}
