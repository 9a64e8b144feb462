import type { Actor } from '../auth/actor.js';
import { scopeOf } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { getItemRow, resolveDepartmentFilter } from '../items/items.service.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import { AppError, notFound } from '../shared/app-error.js';
import { findActorNames } from './actors.repository.js';
import { presentExtensionRequest } from './extension-requests.presenter.js';
import * as repo from './extension-requests.repository.js';
import type { ExtensionRequestListQuery } from '@plantrack/contract/supervision/extension-requests.contract';
import { mayRequestExtension } from './supervision.policies.js';

export async function presentExtensionRequests(db: Db, actor: Actor, rows: repo.ExtensionRequestRow[]) {
  const names = await findActorNames(
    db,
    rows.flatMap((row) => [row.requestedBy, row.decidedBy]),
  );
  return rows.map((row) => presentExtensionRequest(row, actor, names));
}

/** An item's extension requests, newest first, for anyone who can see the item. */
export async function listExtensionRequests(db: Db, actor: Actor, itemId: number) {
  const item = await getItemRow(db, actor, itemId);
  const rows = await repo.findExtensionRequestsOfItem(db, item.id);
  return { extensionRequests: await presentExtensionRequests(db, actor, rows), policies: { canRequestExtension: mayRequestExtension(actor, item) } };
}

/**
 * Extension requests across the plan (the office's queue with `status=pending`), newest first: the
 * office and leaders see all, a department only those on items it leads or co-operates on.
 */
export async function listPlanExtensionRequests(db: Db, actor: Actor, query: ExtensionRequestListQuery) {
  const plan = await getCurrentPlan(db, actor);
  const filter: repo.ExtensionRequestFilter = {
    planId: plan.id,
    scope: scopeOf(actor),
    departmentId: await resolveDepartmentFilter(db, actor.organisationId, query.department),
    status: query.status,
  };
  const offset = (query.page - 1) * query.pageSize;
  const [total, rows] = await Promise.all([repo.countExtensionRequests(db, filter), repo.findExtensionRequestPage(db, filter, query.pageSize, offset)]);
  return { extensionRequests: await presentExtensionRequests(db, actor, rows), total, page: query.page, pageSize: query.pageSize };
}

/** The request and its item, if the caller can see the item; otherwise "not found". */
export async function getExtensionRequestInScope(db: Db, actor: Actor, id: number) {
  const plan = await getCurrentPlan(db, actor);
  const request = await repo.findExtensionRequest(db, plan.id, id);
  if (!request) throw notFound('extension_request', id);
  // Out of scope, the request is missing too — and the error names the request, not the item behind it.
  const item = await getItemRow(db, actor, request.itemId).catch((error: unknown) => {
    throw error instanceof AppError && error.code === 'NOT_FOUND' ? notFound('extension_request', id) : error;
  });
  return { request, item };
}

export async function getExtensionRequest(db: Db, actor: Actor, id: number) {
  const { request } = await getExtensionRequestInScope(db, actor, id);
  const [presented] = await presentExtensionRequests(db, actor, [request]);
  return presented!;
}
