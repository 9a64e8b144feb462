import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';

export const Notification = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  body: z.nullable(z.string()),
  link: z.nullable(z.string()),
  createdAt: z.string(),
  isRead: z.boolean(),
});
export type Notification = z.infer<typeof Notification>;

const NotificationPage = z.object({ notifications: z.array(Notification), unreadCount: z.number(), total: z.number() });
export type NotificationPage = z.infer<typeof NotificationPage>;

/** How many the bell's list shows: the latest, unread first; the notifications page shows as many a page. */
export const LIST_SIZE = 20;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: ['notifications', 'list'] as const,
  page: (isUnreadOnly: boolean, page: number) => ['notifications', 'page', isUnreadOnly, page] as const,
};

/** Only the count: one row is the smallest page the API serves. */
export async function fetchUnreadCount(signal?: AbortSignal): Promise<number> {
  return (await apiRequest('/api/notifications', { query: { unread: 'true', pageSize: 1 }, schema: NotificationPage, signal })).unreadCount;
}

export async function fetchNotifications(signal?: AbortSignal): Promise<NotificationPage> {
  return apiRequest('/api/notifications', { query: { pageSize: LIST_SIZE }, schema: NotificationPage, signal });
}

/** One page of the notifications page: all of them, or the unread ones only; unread first, then the latest. */
export async function fetchNotificationPage(isUnreadOnly: boolean, page: number, signal?: AbortSignal): Promise<NotificationPage> {
  const query = { page, pageSize: LIST_SIZE, ...(isUnreadOnly ? { unread: 'true' } : {}) };
  return apiRequest('/api/notifications', { query, schema: NotificationPage, signal });
}

export async function markNotificationRead(id: number): Promise<Notification> {
  return (await apiRequest(`/api/notifications/${id}/read`, { method: 'POST', schema: z.object({ notification: Notification }) })).notification;
}

export async function markAllNotificationsRead(): Promise<number> {
  return (await apiRequest('/api/notifications/read-all', { method: 'POST', schema: z.object({ markedRead: z.number(), unreadCount: z.number() }) }))
    .markedRead;
}
