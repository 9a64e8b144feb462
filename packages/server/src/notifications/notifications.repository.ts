import type { Insertable } from 'kysely';
import type { Db } from '../db/database.js';
import type { NotificationTable } from '../db/schema.js';

export async function insertNotifications(db: Db, rows: Insertable<NotificationTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('notifications').values(rows).execute();
}

/** Active accounts of a department (its head and its staff), or only those holding one of `roles`. */
export async function findActiveUserIdsOfDepartment(db: Db, departmentId: number, roles?: readonly string[]): Promise<number[]> {
  let query = db.selectFrom('users').select('id').where('departmentId', '=', departmentId).where('isActive', '=', 1);
  if (roles) query = query.where('role', 'in', roles);
  const rows = await query.orderBy('id').execute();
  return rows.map((row) => row.id);
}

/** Active accounts holding a role in an organisation (e.g. everyone in the office). */
export async function findActiveUserIdsWithRole(db: Db, organisationId: number, role: string): Promise<number[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('organisationId', '=', organisationId)
    .where('role', '=', role)
    .where('isActive', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Active accounts linked to a person (a city leader's login). */
export async function findActiveUserIdsOfPerson(db: Db, personId: number): Promise<number[]> {
  const rows = await db.selectFrom('users').select('id').where('personId', '=', personId).where('isActive', '=', 1).orderBy('id').execute();
  return rows.map((row) => row.id);
}

/** One page of a user's notifications, unread first, newest first within each group. */
export async function findNotificationsOfUser(db: Db, userId: number, options: { unreadOnly: boolean; limit: number; offset: number }) {
  let query = db.selectFrom('notifications').selectAll().where('userId', '=', userId);
  if (options.unreadOnly) query = query.where('readAt', 'is', null);
  return query
    .orderBy((eb) => eb.case().when('readAt', 'is', null).then(0).else(1).end())
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

export type NotificationRow = Awaited<ReturnType<typeof findNotificationsOfUser>>[number];

export async function countNotificationsOfUser(db: Db, userId: number) {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.count<number>('id').filterWhere('readAt', 'is', null).as('unread')])
    .where('userId', '=', userId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), unread: Number(row.unread) };
}

/** The notification only if it is the user's own: another user's is indistinguishable from a missing one. */
export async function findNotificationOfUser(db: Db, userId: number, id: number): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).where('userId', '=', userId).executeTakeFirst();
}

/** Marks it read once; a second call leaves the first reading time in place. */
export async function markNotificationRead(db: Db, userId: number, id: number, at: string): Promise<void> {
  await db.updateTable('notifications').set({ readAt: at }).where('id', '=', id).where('userId', '=', userId).where('readAt', 'is', null).execute();
}

/** Marks every unread notification of the user read at once; returns the ids it changed. */
export async function markAllNotificationsRead(db: Db, userId: number, at: string): Promise<number[]> {
  const rows = await db.updateTable('notifications').set({ readAt: at }).where('userId', '=', userId).where('readAt', 'is', null).returning('id').execute();
  return rows.map((row) => row.id).sort((a, b) => a - b);
}
