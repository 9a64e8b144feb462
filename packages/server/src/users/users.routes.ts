import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { IdParam } from '../shared/schemas.js';
import { USERS } from './users.policies.js';
import { PasswordReset, UserCreate, UserListQuery, UserPatch } from './users.schema.js';
import { createUserByAdmin, listUsers, resetUserPassword, resetUserTotp, updateUser } from './users.service.js';

// 三权分立: the system administrator keeps accounts, the security administrator reads them and assigns roles.
// Which fields each may change, and on whose account, the service decides (see users.policies.ts).

export function usersRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['users'];
    app.get(
      '/api/users',
      {
        config: { access: USERS.read },
        schema: { tags, summary: '用户列表 List user accounts (e-mail masked), with what the caller may do (policies)', querystring: UserListQuery },
      },
      async (request) => listUsers(db, contextOf(request).actor, request.query),
    );
    app.post(
      '/api/users',
      {
        config: { access: USERS.keepAccounts },
        schema: {
          tags,
          summary: '新建用户 Create a user account; without a password a random initial one is answered once (initialPassword)',
          body: UserCreate,
        },
      },
      async (request, reply) => {
        reply.status(201);
        return createUserByAdmin(db, contextOf(request), request.body);
      },
    );
    app.patch(
      '/api/users/:id',
      {
        config: { access: USERS.read },
        schema: { tags, summary: '修改用户（停用、角色） Update a user: disable, role (optimistic: send version)', params: IdParam, body: UserPatch },
      },
      async (request) => ({ user: await updateUser(db, contextOf(request), request.params.id, request.body) }),
    );
    app.post(
      '/api/users/:id/password',
      {
        config: { access: USERS.keepAccounts },
        schema: {
          tags,
          summary: '重置密码并注销会话 Reset a password and end the sessions; without one a random initial password is answered once',
          params: IdParam,
          body: PasswordReset,
        },
      },
      async (request) => resetUserPassword(db, contextOf(request), request.params.id, request.body),
    );
    app.delete(
      '/api/users/:id/totp',
      {
        config: { access: USERS.keepAccounts },
        schema: { tags, summary: '解绑身份验证器并注销会话 Remove a lost second factor and end the sessions', params: IdParam },
      },
      async (request, reply) => {
        await resetUserTotp(db, contextOf(request), request.params.id);
        reply.status(204);
      },
    );
  };
}
