import { OwnOrganisations } from '@plantrack/contract/organisation/organisations.contract';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { getOwnOrganisations } from './organisations.service.js';
import { ORGANISATION } from './organisation.policies.js';

export function organisationsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/organisations',
      {
        config: { access: ORGANISATION.readDirectory },
        schema: {
          tags: ['organisations'],
          summary: '本机构及下辖区市 The caller’s organisation and its districts',
          response: { 200: OwnOrganisations, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => getOwnOrganisations(db, contextOf(request).actor),
    );
  };
}
