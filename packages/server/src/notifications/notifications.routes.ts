import { NotificationListQuery, NotificationPage, NotificationsMarkedRead, OneNotification } from '@plantrack/contract/notifications/notifications.contract';
import { errorResponses, IdParam } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { listNotifications, markAllNotificationsRead, markNotificationRead } from './notifications.service.js';
import { NOTIFICATIONS } from './notifications.policies.js';

export function notificationsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['notifications'];
    // Every signed-in role has an inbox; the service only ever reads the caller's own.
    app.get(
      '/api/notifications',
      {
        config: { access: NOTIFICATIONS.readOwn },
        schema: {
          tags,
          summary: '我的站内通知（未读在前）My notifications, unread first',
          querystring: NotificationListQuery,
          response: { 200: NotificationPage },
        },
      },
      async (request) => listNotifications(db, contextOf(request).actor, request.query),
    );
    app.post(
      '/api/notifications/:id/read',
      {
        config: { access: NOTIFICATIONS.readOwn },
        schema: {
          tags,
          summary: '标记为已读 Mark one of my notifications read',
          params: IdParam,
          response: { 200: OneNotification, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => ({ notification: await markNotificationRead(db, contextOf(request), request.params.id) }),
    );
    app.post(
      '/api/notifications/read-all',
      {
        config: { access: NOTIFICATIONS.readOwn },
        schema: { tags, summary: '全部标记为已读 Mark all my notifications read', response: { 200: NotificationsMarkedRead } },
      },
      async (request) => markAllNotificationsRead(db, contextOf(request)),
    );
  };
}
