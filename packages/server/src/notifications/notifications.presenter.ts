import type { Notification } from '@plantrack/contract/notifications/notifications.contract';
import type { NotificationRow } from './notifications.repository.js';

export function presentNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: row.createdAt,
    readAt: row.readAt,
    isRead: row.readAt !== null,
  };
}
