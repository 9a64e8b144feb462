import type { Actor, RequestContext } from '../auth/actor.js';
import { scopeOf } from '../auth/actor.js';
import { canSeeContacts, requirePolicy } from '../auth/policies.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import type { ItemUpdate } from '../db/schema.js';
import { findDepartmentByName } from '../organisation/departments.repository.js';
import { getCurrentPlan } from '../plan/plans.service.js';
import type { PlanRow } from '../plan/plans.service.js';
import { defaultPeriod } from '../schedule/default-period.js';
import { scheduleContext, scheduleOfItems, scheduleOfRows } from '../schedule/item-schedules.js';
import type { EvaluationContext } from '../schedule/evaluate-items.js';
import { AppError, notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { createIndicatorOfItem } from '../indicators/indicator-of-item.js';
import { findIndicatorIdOfItem } from '../indicators/indicators.repository.js';
import { resolveItemReferences } from './item-references.js';
import { itemSearchText } from './item-search-text.js';
import type { ItemListRow } from './items.repository.js';
import * as repo from './items.repository.js';
import { presentItem } from './items.presenter.js';
import type { ItemListQuery, ItemPage, ItemPatch } from '@plantrack/contract/items/items.contract';
import type { ItemCreate } from '@plantrack/contract/items/items.contract';

/** Items of the filter whose computed status in `period` is `status` (status is computed, not stored). */
async function idsWithStatus(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  filter: repo.ItemFilter,
  period: string,
  context: Promise<EvaluationContext>,
  status: string,
) {
  const schedules = await scheduleOfItems(db, actor, plan, repo.filterItems(db, filter), period, context);
  return [...schedules].filter(([, schedule]) => schedule.status === status).map(([id]) => id);
}

/** `department` may be an id or any name people use for it (市发改委 = 市发展改革委). */
export async function resolveDepartmentFilter(db: Db, organisationId: number, department: string | undefined): Promise<number | undefined> {
  if (department === undefined) return undefined;
  if (/^\d+$/.test(department)) return Number(department);
  const row = await findDepartmentByName(db, organisationId, department);
  if (!row) throw new AppError('UNKNOWN_REFERENCE', { field: 'department', value: department });
  return row.id;
}

/** The ledger page's filters (also an export's and the handout's) as the repository's filter, in the caller's scope. */
export async function itemFilterOf(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  query: Pick<Partial<ItemListQuery>, 'ledger' | 'area' | 'department' | 'leader' | 'q' | 'chain'>,
): Promise<repo.ItemFilter> {
  return {
    planId: plan.id,
    scope: scopeOf(actor),
    ledgerKind: query.ledger,
    areaCode: query.area,
    departmentId: await resolveDepartmentFilter(db, actor.organisationId, query.department),
    leaderPersonId: query.leader,
    text: query.q || undefined,
    chainIncomplete: query.chain === 'incomplete',
  };
}

export async function listItems(db: Db, actor: Actor, query: ItemListQuery): Promise<ItemPage> {
  const plan = await getCurrentPlan(db, actor);
  const filter = await itemFilterOf(db, actor, plan, query);
  const period = query.asOf ?? defaultPeriod(plan);
  // The rules and the quarter's cycle do not depend on the page: read once, on PostgreSQL beside the page.
  const context = scheduleContext(db, actor, plan, period);
  if (query.status) filter.itemIds = await idsWithStatus(db, actor, plan, filter, period, context, query.status);
  const offset = (query.page - 1) * query.pageSize;
  const [{ rows, total }, evaluation] = await Promise.all([readPage(db, plan, filter, query, offset, period), context]);
  const schedules = scheduleOfRows(rows, evaluation);
  // Lists never carry full phone numbers; the item page does, for those who call people.
  const items = rows.map((row) => presentItem(row, actor, { showPhone: false, schedule: schedules.get(row.id) }));
  return { items, total, page: query.page, pageSize: query.pageSize, asOf: period };
}

async function readPage(db: Db, plan: PlanRow, filter: repo.ItemFilter, query: ItemListQuery, offset: number, period: string) {
  const { ids, total } = await repo.findItemIdPage(db, filter, query.sort, query.order === 'desc', query.pageSize, offset);
  return { rows: await repo.findItemRowsWithFacts(db, { planId: plan.id, scope: null }, ids, period), total };
}

/** The item as the caller may see it; another department's item is "not found", never "forbidden". */
export async function getItemRow(db: Db, actor: Actor, id: number): Promise<ItemListRow> {
  const { id: planId } = await getCurrentPlan(db, actor);
  const row = await repo.findItemRow(db, { planId, scope: scopeOf(actor) }, id);
  if (!row) throw notFound('item', id);
  return row;
}

/** The item as the caller may see it, without a status (what writes check and record). */
export async function getItem(db: Db, actor: Actor, id: number) {
  const row = await getItemRow(db, actor, id);
  return presentItem(row, actor, { showPhone: canSeeContacts(actor) });
}

/**
 * The item page: the item with its computed status in `asOf` (default: the current quarter), its row
 * and the facts of its status in one query, as a list page reads them.
 */
export async function getItemDetail(db: Db, actor: Actor, id: number, asOf: string | undefined) {
  const plan = await getCurrentPlan(db, actor);
  const period = asOf ?? defaultPeriod(plan);
  const [[row], context] = await Promise.all([
    repo.findItemRowsWithFacts(db, { planId: plan.id, scope: scopeOf(actor) }, [id], period),
    scheduleContext(db, actor, plan, period),
  ]);
  if (!row) throw notFound('item', id);
  return presentItem(row, actor, { showPhone: canSeeContacts(actor), schedule: scheduleOfRows([row], context).get(id) });
}

function itemChanges(input: ItemPatch | ItemCreate, areaId: number | null | undefined): ItemUpdate {
  const {
    version: _version,
    areaCode: _area,
    coDepartmentIds: _co,
    ledgers: _ledgers,
    indicator: _indicator,
    isPublic,
    ...fields
  } = input as ItemPatch & Pick<ItemCreate, 'indicator'> & { code?: string };
  const changes: ItemUpdate = { ...fields };
  if (isPublic !== undefined) changes.isPublic = isPublic ? 1 : 0;
  if (areaId !== undefined) changes.areaId = areaId;
  return changes;
}

export async function updateItem(db: Db, ctx: RequestContext, id: number, patch: ItemPatch) {
  await db.transaction().execute(async (trx) => {
    const before = await getItem(trx, ctx.actor, id);
    requirePolicy(before.policies.canEdit);
    const plan = await getCurrentPlan(trx, ctx.actor);
    const refs = await resolveItemReferences(trx, ctx.actor.organisationId, plan.id, patch);
    const changes = itemChanges(patch, refs.areaId);
    const merged = { ...before, ...changes, code: before.code };
    const updated = await repo.updateItemIfVersion(trx, id, patch.version, { ...changes, searchText: itemSearchText(merged), updatedAt: nowIso() });
    if (!updated) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    if (patch.coDepartmentIds) await repo.replaceCoDepartments(trx, id, patch.coDepartmentIds);
    if (refs.ledgerIds) await repo.replaceLedgerMemberships(trx, id, refs.ledgerIds);
    const after = await getItem(trx, ctx.actor, id);
    await recordAudit(trx, ctx, { action: 'item.update', entityType: 'item', entityId: id, before: withoutPolicies(before), after: withoutPolicies(after) });
    // An item moved into the key-indicator ledger becomes an indicator, as a new one does.
    if (patch.ledgers?.includes('key_indicators') && !(await findIndicatorIdOfItem(trx, id))) await createIndicatorOfItem(trx, ctx, plan, id, {});
  });
  return getItem(db, ctx.actor, id);
}

export async function createItem(db: Db, ctx: RequestContext, input: ItemCreate) {
  const id = await db.transaction().execute(async (trx) => {
    const plan = await getCurrentPlan(trx, ctx.actor);
    const refs = await resolveItemReferences(trx, ctx.actor.organisationId, plan.id, input);
    if ((await repo.findItemIdByCode(trx, plan.id, input.code)) !== undefined) throw new AppError('DUPLICATE', { field: 'code', value: input.code });
    const now = nowIso();
    const changes = itemChanges(input, refs.areaId);
    const row = await repo.insertItem(trx, {
      ...changes,
      planId: plan.id,
      code: input.code,
      title: input.title,
      searchText: itemSearchText({ ...input, ...changes }),
      createdAt: now,
      updatedAt: now,
    });
    if (input.coDepartmentIds) await repo.replaceCoDepartments(trx, row.id, input.coDepartmentIds);
    await repo.replaceLedgerMemberships(trx, row.id, refs.ledgerIds ?? []);
    const after = await getItem(trx, ctx.actor, row.id);
    await recordAudit(trx, ctx, { action: 'item.create', entityType: 'item', entityId: row.id, after: withoutPolicies(after) });
    if (input.ledgers.includes('key_indicators')) await createIndicatorOfItem(trx, ctx, plan, row.id, input.indicator ?? {});
    return row.id;
  });
  return getItem(db, ctx.actor, id);
}

export async function deleteItem(db: Db, ctx: RequestContext, id: number, version: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getItem(trx, ctx.actor, id);
    requirePolicy(before.policies.canDelete);
    if (before.version !== version) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    await repo.deleteItem(trx, id);
    await recordAudit(trx, ctx, { action: 'item.delete', entityType: 'item', entityId: id, before: withoutPolicies(before) });
  });
}

function withoutPolicies<T extends { policies: unknown; schedule: unknown }>(item: T): Omit<T, 'policies' | 'schedule'> {
  const { policies: _policies, schedule: _schedule, ...rest } = item;
  return rest;
}
