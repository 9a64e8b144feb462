import type { Actor, RequestContext } from '../auth/actor.js';
import { requirePolicy } from '../auth/policies.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import type { DepartmentRow } from '../db/schema.js';
import { AppError, notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import type { DepartmentWithCountRow } from './departments.repository.js';
import * as repo from './departments.repository.js';
import { presentDepartment } from './departments.presenter.js';
import type { AliasCreate, DepartmentCreate, DepartmentPatch } from '@plantrack/contract/organisation/departments.contract';

async function presentRows(db: Db, actor: Actor, rows: DepartmentWithCountRow[]) {
  const aliases = await repo.findAliasesOfDepartments(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => presentDepartment(row, aliases.get(row.id) ?? [], actor));
}

/** A department named the way people name it: its id, full name, short name or any alias (市发改委 = 市发展改革委). */
export async function resolveDepartmentReference(db: Db, organisationId: number, value: string, field: string): Promise<DepartmentRow> {
  const row = /^\d+$/.test(value)
    ? await repo.findDepartmentById(db, organisationId, Number(value))
    : await repo.findDepartmentByName(db, organisationId, value);
  if (!row) throw new AppError('UNKNOWN_REFERENCE', { field, value });
  return row;
}

/** Every name (full, short, alias) must lead to one department only, or lookups by name would guess. */
async function requireNameFree(db: Db, organisationId: number, name: string, field: string, ownerId: number | null): Promise<void> {
  const holder = await repo.findDepartmentByName(db, organisationId, name);
  if (holder && holder.id !== ownerId) throw new AppError('DUPLICATE', { field, value: name, departmentId: holder.id });
}

export async function listDepartments(db: Db, actor: Actor) {
  return presentRows(db, actor, await repo.findDepartmentsWithSectionCounts(db, actor.organisationId));
}

/** A department of the caller's organisation; another organisation's is "not found". */
export async function getDepartment(db: Db, actor: Actor, id: number) {
  const rows = await repo.findDepartmentsWithSectionCounts(db, actor.organisationId, id);
  if (rows.length === 0) throw notFound('department', id);
  const [department] = await presentRows(db, actor, rows);
  return department!;
}

function normalisedAliases(input: DepartmentCreate, name: string, shortName: string): string[] {
  const aliases = [...new Set((input.aliases ?? []).map(repo.normaliseDepartmentName))];
  const ownName = aliases.find((alias) => alias === name || alias === shortName);
  if (ownName !== undefined) throw new AppError('DUPLICATE', { field: 'aliases', value: ownName });
  return aliases;
}

export async function createDepartment(db: Db, ctx: RequestContext, input: DepartmentCreate) {
  const organisationId = ctx.actor.organisationId;
  const id = await db.transaction().execute(async (trx) => {
    const name = repo.normaliseDepartmentName(input.name);
    const shortName = repo.normaliseDepartmentName(input.shortName);
    const aliases = normalisedAliases(input, name, shortName);
    await requireNameFree(trx, organisationId, name, 'name', null);
    await requireNameFree(trx, organisationId, shortName, 'shortName', null);
    for (const alias of aliases) await requireNameFree(trx, organisationId, alias, 'aliases', null);
    const now = nowIso();
    const row = await repo.insertDepartment(
      trx,
      { organisationId, name, shortName, kind: input.kind, note: input.note ?? null, source: null, createdAt: now, updatedAt: now },
      aliases,
    );
    const after = await getDepartment(trx, ctx.actor, row.id);
    await recordAudit(trx, ctx, { action: 'department.create', entityType: 'department', entityId: row.id, after: auditSnapshot(after) });
    return row.id;
  });
  return getDepartment(db, ctx.actor, id);
}

export async function updateDepartment(db: Db, ctx: RequestContext, id: number, patch: DepartmentPatch) {
  const organisationId = ctx.actor.organisationId;
  await db.transaction().execute(async (trx) => {
    const before = await getDepartment(trx, ctx.actor, id);
    requirePolicy(before.policies.canEdit);
    const { version, ...changes } = patch;
    if (changes.name !== undefined) changes.name = repo.normaliseDepartmentName(changes.name);
    if (changes.shortName !== undefined) changes.shortName = repo.normaliseDepartmentName(changes.shortName);
    if (changes.name !== undefined) await requireNameFree(trx, organisationId, changes.name, 'name', id);
    if (changes.shortName !== undefined) await requireNameFree(trx, organisationId, changes.shortName, 'shortName', id);
    const updated = await repo.updateDepartmentIfVersion(trx, id, version, { ...changes, updatedAt: nowIso() });
    if (!updated) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    const after = await getDepartment(trx, ctx.actor, id);
    await recordAudit(trx, ctx, {
      action: 'department.update',
      entityType: 'department',
      entityId: id,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
  });
  return getDepartment(db, ctx.actor, id);
}

/** Another name people use for the department, so lookups and imports find it (市发改委 → 市发展改革委). */
export async function addDepartmentAlias(db: Db, ctx: RequestContext, departmentId: number, input: AliasCreate) {
  await db.transaction().execute(async (trx) => {
    const before = await getDepartment(trx, ctx.actor, departmentId);
    requirePolicy(before.policies.canEdit);
    const alias = repo.normaliseDepartmentName(input.alias);
    // Even the department's own name is refused: an alias that repeats it adds nothing.
    await requireNameFree(trx, ctx.actor.organisationId, alias, 'alias', null);
    await repo.insertDepartmentAlias(trx, { organisationId: ctx.actor.organisationId, departmentId, alias });
    const after = await getDepartment(trx, ctx.actor, departmentId);
    await recordAudit(trx, ctx, {
      action: 'department.alias_add',
      entityType: 'department',
      entityId: departmentId,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
  });
  return getDepartment(db, ctx.actor, departmentId);
}

export async function deleteDepartmentAlias(db: Db, ctx: RequestContext, departmentId: number, aliasId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getDepartment(trx, ctx.actor, departmentId);
    requirePolicy(before.policies.canEdit);
    if (!before.aliases.some((alias) => alias.id === aliasId)) throw notFound('departmentAlias', aliasId);
    await repo.deleteDepartmentAlias(trx, aliasId);
    const after = await getDepartment(trx, ctx.actor, departmentId);
    await recordAudit(trx, ctx, {
      action: 'department.alias_delete',
      entityType: 'department',
      entityId: departmentId,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
  });
}
