import * as z from 'zod/mini';
import type { Role } from '../../../shared/api/schemas';
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

/**
 * Who is ever notified (the server writes to departments, the office and leaders): the three IT
 * administrators never are, so they get no bell.
 */
export const NOTIFIED_ROLES: readonly Role[] = ['hq', 'leader', 'dept_manager', 'dept_staff'];

/** How many the bell's list shows: the latest, unread first. */
export const LIST_SIZE = 20;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: ['notifications', 'list'] as const,
};

/** Only the count: one row is the smallest page the API serves. */
export async function fetchUnreadCount(signal?: AbortSignal): Promise<number> {
  return (await apiRequest('/api/notifications', { query: { unread: 'true', pageSize: 1 }, schema: NotificationPage, signal })).unreadCount;
}

export async function fetchNotifications(signal?: AbortSignal): Promise<NotificationPage> {
  return apiRequest('/api/notifications', { query: { pageSize: LIST_SIZE }, schema: NotificationPage, signal });
}

export async function markNotificationRead(id: number): Promise<Notification> {
  return (await apiRequest(`/api/notifications/${id}/read`, { method: 'POST', schema: z.object({ notification: Notification }) })).notification;
}

export async function markAllNotificationsRead(): Promise<number> {
  return (await apiRequest('/api/notifications/read-all', { method: 'POST', schema: z.object({ markedRead: z.number(), unreadCount: z.number() }) }))
    .markedRead;
}
