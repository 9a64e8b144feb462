import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import { OneUser, PasswordReset, UserCreate, UserList, UserListQuery, UserPatch, UserWithPassword } from '@plantrack/contract/users/users.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { NewPassword } from '../auth/password-policy.js';
import { createUserByAdmin, listUsers, resetUserPassword, resetUserTotp, updateUser } from './users.service.js';
import { USERS } from './users.policies.js';

// The contract states the password as text (NewPasswordText); here it is held to the whole rule (the common-password list is the server's).
const WithPasswordRule = { password: NewPassword.optional() };
const UserCreateBody = UserCreate.extend(WithPasswordRule);
const PasswordResetBody = PasswordReset.extend(WithPasswordRule);

export function usersRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['users'];
    app.get(
      '/api/users',
      {
        config: { access: USERS.read },
        schema: {
          tags,
          summary: '用户列表 List user accounts (e-mail masked), with what the caller may do (policies)',
          querystring: UserListQuery,
          response: { 200: UserList },
        },
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
          body: UserCreateBody,
          response: { 201: UserWithPassword, ...errorResponses(['DUPLICATE', 'UNKNOWN_REFERENCE']) },
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
        schema: {
          tags,
          summary: '修改用户（停用、角色） Update a user: disable, role (optimistic: send version)',
          params: IdParam,
          body: UserPatch,
          response: { 200: OneUser, ...errorResponses(['NOT_FOUND', 'STALE_VERSION', 'UNKNOWN_REFERENCE']) },
        },
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
          body: PasswordResetBody,
          response: { 200: UserWithPassword, ...errorResponses(['NOT_FOUND', 'STALE_VERSION']) },
        },
      },
      async (request) => resetUserPassword(db, contextOf(request), request.params.id, request.body),
    );
    app.delete(
      '/api/users/:id/totp',
      {
        config: { access: USERS.keepAccounts },
        schema: {
          tags,
          summary: '解绑身份验证器并注销会话 Remove a lost second factor and end the sessions',
          params: IdParam,
          response: { 204: z.null().describe('已解绑 Removed'), ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request, reply) => {
        await resetUserTotp(db, contextOf(request), request.params.id);
        reply.status(204);
      },
    );
  };
}
