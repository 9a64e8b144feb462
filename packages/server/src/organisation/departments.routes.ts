import {
  AliasCreate,
  AliasParams,
  DepartmentCreate,
  DepartmentList,
  DepartmentPatch,
  OneDepartment,
} from '@plantrack/contract/organisation/departments.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { addDepartmentAlias, createDepartment, deleteDepartmentAlias, getDepartment, listDepartments, updateDepartment } from './departments.service.js';
import { ORGANISATION } from './organisation.policies.js';

export function departmentsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['departments'];
    app.get(
      '/api/departments',
      {
        config: { access: ORGANISATION.readDirectory },
        schema: { tags, summary: '部门列表（含别名、科室数） List departments', response: { 200: DepartmentList } },
      },
      async (request) => ({
        departments: await listDepartments(db, contextOf(request).actor),
      }),
    );
    app.get(
      '/api/departments/:id',
      {
        config: { access: ORGANISATION.readDirectory },
        schema: { tags, summary: '部门详情 One department', params: IdParam, response: { 200: OneDepartment, ...errorResponses(['NOT_FOUND']) } },
      },
      async (request) => ({ department: await getDepartment(db, contextOf(request).actor, request.params.id) }),
    );
    app.post(
      '/api/departments',
      {
        config: { access: ORGANISATION.editDepartments },
        schema: { tags, summary: '新建部门 Create a department', body: DepartmentCreate, response: { 201: OneDepartment, ...errorResponses(['DUPLICATE']) } },
      },
      async (request, reply) => {
        reply.status(201);
        return { department: await createDepartment(db, contextOf(request), request.body) };
      },
    );
    app.patch(
      '/api/departments/:id',
      {
        config: { access: ORGANISATION.editDepartments },
        schema: {
          tags,
          summary: '修改部门 Update a department (optimistic: send version)',
          params: IdParam,
          body: DepartmentPatch,
          response: { 200: OneDepartment, ...errorResponses(['NOT_FOUND', 'STALE_VERSION', 'DUPLICATE']) },
        },
      },
      async (request) => ({ department: await updateDepartment(db, contextOf(request), request.params.id, request.body) }),
    );
    app.post(
      '/api/departments/:id/aliases',
      {
        config: { access: ORGANISATION.editDepartments },
        schema: {
          tags,
          summary: '添加部门别名 Add a name the department is also known by',
          params: IdParam,
          body: AliasCreate,
          response: { 201: OneDepartment, ...errorResponses(['NOT_FOUND', 'DUPLICATE']) },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return { department: await addDepartmentAlias(db, contextOf(request), request.params.id, request.body) };
      },
    );
    app.delete(
      '/api/departments/:id/aliases/:aliasId',
      {
        config: { access: ORGANISATION.editDepartments },
        schema: {
          tags,
          summary: '删除部门别名 Remove an alias',
          params: AliasParams,
          response: { 204: z.null().describe('已删除 Removed'), ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request, reply) => {
        await deleteDepartmentAlias(db, contextOf(request), request.params.id, request.params.aliasId);
        return reply.status(204).send(null);
      },
    );
  };
}
