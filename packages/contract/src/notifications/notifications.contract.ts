/** In-app notifications (站内通知): each user's own inbox, unread first. */
import { z } from 'zod';
import { PageQuery } from '../shared.contract.js';

export const NotificationListQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  ...PageQuery,
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;

export const Notification = z
  .object({
    id: z.number().int(),
    kind: z.string().describe('稳定的类别，如 supervision_order.issued，界面据此选图标'),
    title: z.string(),
    body: z.string().nullable(),
    link: z.string().nullable().describe('站内路径，如 /items/12#supervision'),
    createdAt: z.string(),
    readAt: z.string().nullable(),
    isRead: z.boolean(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

export const NotificationPage = z.object({
  notifications: z.array(Notification),
  unreadCount: z.number().int(),
  total: z.number().int().describe('unread=true 时为未读数，否则为全部'),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type NotificationPage = z.infer<typeof NotificationPage>;

export const OneNotification = z.object({ notification: Notification });
export type OneNotification = z.infer<typeof OneNotification>;

export const NotificationsMarkedRead = z.object({ markedRead: z.number().int(), unreadCount: z.number().int() });
export type NotificationsMarkedRead = z.infer<typeof NotificationsMarkedRead>;
