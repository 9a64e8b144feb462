import type { Actor, RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { AppError, notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { findDepartmentById } from './departments.repository.js';
import { canEditSectionsOf } from './organisation.policies.js';
import { presentSection, sectionSnapshot } from './sections.presenter.js';
import * as repo from './sections.repository.js';
import type { SectionCreate, SectionPatch } from '@plantrack/contract/organisation/sections.contract';

async function requireDepartment(db: Db, actor: Actor, departmentId: number): Promise<void> {
  if (!(await findDepartmentById(db, actor.organisationId, departmentId))) throw notFound('department', departmentId);
}

/** A department head reaches only their own department: any other is "not found" for them, never "forbidden". */
async function requireDepartmentInReach(db: Db, actor: Actor, departmentId: number): Promise<void> {
  await requireDepartment(db, actor, departmentId);
  if (!canEditSectionsOf(actor, departmentId)) throw notFound('department', departmentId);
}

async function requireNameFree(db: Db, departmentId: number, name: string, ownId: number | null): Promise<void> {
  const holder = await repo.findSectionByName(db, departmentId, name);
  if (holder && holder.id !== ownId) throw new AppError('DUPLICATE', { field: 'name', value: name });
}

export async function listSections(db: Db, actor: Actor, departmentId: number) {
  await requireDepartment(db, actor, departmentId);
  const rows = await repo.findSectionsOfDepartment(db, departmentId);
  return rows.map((row) => presentSection(row, actor));
}

export async function createSection(db: Db, ctx: RequestContext, departmentId: number, input: SectionCreate) {
  const row = await db.transaction().execute(async (trx) => {
    await requireDepartmentInReach(trx, ctx.actor, departmentId);
    await requireNameFree(trx, departmentId, input.name, null);
    const now = nowIso();
    const created = await repo.insertSection(trx, { departmentId, name: input.name, createdAt: now, updatedAt: now });
    await recordAudit(trx, ctx, { action: 'section.create', entityType: 'section', entityId: created.id, after: sectionSnapshot(created) });
    return created;
  });
  return presentSection(row, ctx.actor);
}

export async function updateSection(db: Db, ctx: RequestContext, id: number, patch: SectionPatch) {
  const row = await db.transaction().execute(async (trx) => {
    const before = await repo.findSectionOfOrganisation(trx, ctx.actor.organisationId, id);
    if (!before || !canEditSectionsOf(ctx.actor, before.departmentId)) throw notFound('section', id);
    const { version, ...changes } = patch;
    if (changes.name !== undefined) await requireNameFree(trx, before.departmentId, changes.name, id);
    const updated = await repo.updateSectionIfVersion(trx, id, version, { ...changes, updatedAt: nowIso() });
    if (!updated) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    await recordAudit(trx, ctx, {
      action: 'section.update',
      entityType: 'section',
      entityId: id,
      before: sectionSnapshot(before),
      after: sectionSnapshot(updated),
    });
    return updated;
  });
  return presentSection(row, ctx.actor);
}
