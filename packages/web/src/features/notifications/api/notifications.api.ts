import type { Notification, NotificationPage, NotificationsMarkedRead, OneNotification } from '@plantrack/contract/notifications/notifications.contract';
import { apiRequest } from '../../../shared/api/api-client';

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
  return (await apiRequest<NotificationPage>('/api/notifications', { query: { unread: 'true', pageSize: 1 }, signal })).unreadCount;
}

export async function fetchNotifications(signal?: AbortSignal): Promise<NotificationPage> {
  return apiRequest<NotificationPage>('/api/notifications', { query: { pageSize: LIST_SIZE }, signal });
}

/** One page of the notifications page: all of them, or the unread ones only; unread first, then the latest. */
export async function fetchNotificationPage(isUnreadOnly: boolean, page: number, signal?: AbortSignal): Promise<NotificationPage> {
  const query = { page, pageSize: LIST_SIZE, ...(isUnreadOnly ? { unread: 'true' } : {}) };
  return apiRequest<NotificationPage>('/api/notifications', { query, signal });
}

export async function markNotificationRead(id: number): Promise<Notification> {
  return (await apiRequest<OneNotification>(`/api/notifications/${id}/read`, { method: 'POST' })).notification;
}

export async function markAllNotificationsRead(): Promise<number> {
  return (await apiRequest<NotificationsMarkedRead>('/api/notifications/read-all', { method: 'POST' })).markedRead;
}
