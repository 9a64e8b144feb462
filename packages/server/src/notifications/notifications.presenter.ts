import type { NotificationRow } from './notifications.repository.js';

export function presentNotification(row: NotificationRow) {
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
