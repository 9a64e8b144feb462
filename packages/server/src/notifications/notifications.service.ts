import type { Actor, RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { DEPARTMENT_ROLES } from '../auth/roles.js';
import type { Db } from '../db/database.js';
import { notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { presentNotification } from './notifications.presenter.js';
import * as repo from './notifications.repository.js';
import type { NotificationListQuery } from '@plantrack/contract/notifications/notifications.contract';

/** What a notification says. `kind` is stable (e.g. `supervision_order.issued`) so the UI can pick an icon. */
export interface NotificationMessage {
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
}

/**
 * Notifications are written by the command that causes them, inside its transaction (pass `trx`),
 * so a rolled-back step never leaves a message behind.
 */
async function notifyUsers(db: Db, userIds: number[], message: NotificationMessage): Promise<number[]> {
  const unique = [...new Set(userIds)];
  const createdAt = nowIso();
  await repo.insertNotifications(
    db,
    unique.map((userId) => ({ userId, kind: message.kind, title: message.title, body: message.body ?? null, link: message.link ?? null, createdAt })),
  );
  return unique;
}

export async function notifyUser(db: Db, userId: number, message: NotificationMessage): Promise<number[]> {
  return notifyUsers(db, [userId], message);
}

export async function notifyUsersOfDepartment(db: Db, departmentId: number, message: NotificationMessage): Promise<number[]> {
  return notifyUsers(db, await repo.findActiveUserIdsOfDepartment(db, departmentId), message);
}

/** Only the department's reporters (部门负责人 and 填报员), e.g. for a 催报 that asks them to report. */
export async function notifyReportersOfDepartment(db: Db, departmentId: number, message: NotificationMessage): Promise<number[]> {
  return notifyUsers(db, await repo.findActiveUserIdsOfDepartment(db, departmentId, DEPARTMENT_ROLES), message);
}

/** Everyone in the supervising office (指挥部办公室) of the organisation. */
export async function notifyOfficeUsers(db: Db, organisationId: number, message: NotificationMessage): Promise<number[]> {
  return notifyUsers(db, await repo.findActiveUserIdsWithRole(db, organisationId, 'hq'), message);
}

/** The accounts of a person, e.g. the city leader answerable for an item. */
export async function notifyUsersOfPerson(db: Db, personId: number, message: NotificationMessage): Promise<number[]> {
  return notifyUsers(db, await repo.findActiveUserIdsOfPerson(db, personId), message);
}

export async function listNotifications(db: Db, actor: Actor, query: NotificationListQuery) {
  const [rows, counts] = await Promise.all([
    repo.findNotificationsOfUser(db, actor.userId, {
      unreadOnly: query.unread === 'true',
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    repo.countNotificationsOfUser(db, actor.userId),
  ]);
  return {
    notifications: rows.map(presentNotification),
    unreadCount: counts.unread,
    total: query.unread === 'true' ? counts.unread : counts.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Everyone reads only their own notifications; anyone else's is "not found". Reading twice keeps the first time. */
export async function markNotificationRead(db: Db, ctx: RequestContext, id: number) {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findNotificationOfUser(trx, ctx.actor.userId, id);
    if (!before) throw notFound('notification', id);
    if (before.readAt === null) {
      await repo.markNotificationRead(trx, ctx.actor.userId, id, nowIso());
      await recordAudit(trx, ctx, { action: 'notification.read', entityType: 'notification', entityId: id });
    }
    return presentNotification((await repo.findNotificationOfUser(trx, ctx.actor.userId, id))!);
  });
}

/** "Mark all read": only the caller's own unread ones, with one audit row naming them; nothing unread, nothing written. */
export async function markAllNotificationsRead(db: Db, ctx: RequestContext) {
  return db.transaction().execute(async (trx) => {
    const ids = await repo.markAllNotificationsRead(trx, ctx.actor.userId, nowIso());
    if (ids.length > 0) await recordAudit(trx, ctx, { action: 'notification.read_all', entityType: 'notification', entityId: null, after: { ids } });
    return { markedRead: ids.length, unreadCount: 0 };
  });
}
