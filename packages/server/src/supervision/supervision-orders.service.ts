import { todayInShanghai } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import { scopeOf } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { resolveDepartmentFilter } from '../items/items.service.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { notFound } from '../shared/app-error.js';
import { findActorNames } from './actors.repository.js';
import { presentSupervisionOrder } from './supervision-orders.presenter.js';
import * as repo from './supervision-orders.repository.js';
import type { SupervisionOrderListQuery } from '@plantrack/contract/supervision/supervision-orders.contract';
import { mayIssueSupervisionOrder } from './supervision.policies.js';

/** Orders as the caller may see them: the office and leaders see all, a department only those on its items. */
async function presentOrders(db: Db, actor: Actor, rows: repo.OrderRow[], options: { withHistory: boolean }) {
  const events = options.withHistory
    ? await repo.findEventsOfOrders(
        db,
        rows.map((row) => row.id),
      )
    : new Map<number, repo.OrderEventRow[]>();
  const stepActors = rows.flatMap((row) => [row.issuedBy, row.acknowledgedBy, row.answeredBy, row.closedBy]);
  const names = await findActorNames(db, [...stepActors, ...[...events.values()].flat().map((event) => event.actorId)]);
  const today = todayInShanghai();
  return rows.map((row) => presentSupervisionOrder(row, { actor, today, names, history: options.withHistory ? (events.get(row.id) ?? []) : undefined }));
}

export async function listSupervisionOrders(db: Db, actor: Actor, query: SupervisionOrderListQuery) {
  const plan = await getCurrentPlan(db, actor);
  const filter: repo.OrderFilter = {
    planId: plan.id,
    scope: scopeOf(actor),
    itemId: query.item,
    departmentId: await resolveDepartmentFilter(db, actor.organisationId, query.department),
    status: query.status,
    overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    today: todayInShanghai(),
  };
  const [total, rows] = await Promise.all([repo.countOrders(db, filter), repo.findOrderPage(db, filter, query.pageSize, (query.page - 1) * query.pageSize)]);
  return {
    supervisionOrders: await presentOrders(db, actor, rows, { withHistory: false }),
    total,
    page: query.page,
    pageSize: query.pageSize,
    policies: { canIssue: mayIssueSupervisionOrder(actor) },
  };
}

/** The order if the caller may see it; another department's order is "not found", never "forbidden". */
export async function getOrderRow(db: Db, actor: Actor, id: number): Promise<repo.OrderRow> {
  const plan = await getCurrentPlan(db, actor);
  const row = await repo.findOrder(db, { planId: plan.id, scope: scopeOf(actor), today: todayInShanghai() }, id);
  if (!row) throw notFound('supervision_order', id);
  return row;
}

/** One order with its whole history of steps. */
export async function getSupervisionOrder(db: Db, actor: Actor, id: number) {
  const [order] = await presentOrders(db, actor, [await getOrderRow(db, actor, id)], { withHistory: true });
  return order!;
}
