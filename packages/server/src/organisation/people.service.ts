import type { Actor, RequestContext } from '../auth/actor.js';
import { canSeeContacts, requirePolicy } from '../auth/policies.js';
import { auditSnapshot, recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { AppError, notFound } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { findDepartmentById } from './departments.repository.js';
import { resolveDepartmentReference } from './departments.service.js';
import { canEditPerson, ownDepartmentOf } from './organisation.policies.js';
import type { PersonListRow } from './people.repository.js';
import * as repo from './people.repository.js';
import { presentPerson } from './people.presenter.js';
import type { PeopleListQuery, PersonCreate, PersonPatch } from '@plantrack/contract/organisation/people.contract';
import { findSectionOfOrganisation } from './sections.repository.js';

export async function listPeople(db: Db, actor: Actor, query: PeopleListQuery) {
  const department = query.department === undefined ? undefined : await resolveDepartmentReference(db, actor.organisationId, query.department, 'department');
  const rows = await repo.findPeople(db, { organisationId: actor.organisationId, kind: query.kind, departmentId: department?.id });
  // Lists never carry full phone numbers; a person's own page does, for those who call people.
  return rows.map((row) => presentPerson(row, actor, { showPhone: false }));
}

async function getPersonRow(db: Db, actor: Actor, id: number): Promise<PersonListRow> {
  const row = await repo.findPersonRow(db, actor.organisationId, id);
  if (!row) throw notFound('person', id);
  return row;
}

export async function getPerson(db: Db, actor: Actor, id: number) {
  return presentPerson(await getPersonRow(db, actor, id), actor, { showPhone: canSeeContacts(actor) });
}

/** The audit log keeps the number as it was, so a change of phone can be traced. */
function personSnapshot(row: PersonListRow, actor: Actor) {
  return auditSnapshot(presentPerson(row, actor, { showPhone: true }));
}

/** The department must be the organisation's, and the section one of that department's. */
async function requireReferences(db: Db, organisationId: number, departmentId: number | null, sectionId: number | null): Promise<void> {
  if (departmentId !== null && !(await findDepartmentById(db, organisationId, departmentId))) {
    throw new AppError('UNKNOWN_REFERENCE', { field: 'departmentId', value: departmentId });
  }
  if (sectionId === null) return;
  const section = await findSectionOfOrganisation(db, organisationId, sectionId);
  if (!section || section.departmentId !== departmentId) throw new AppError('UNKNOWN_REFERENCE', { field: 'sectionId', value: sectionId });
}

export async function createPerson(db: Db, ctx: RequestContext, input: PersonCreate) {
  const { actor } = ctx;
  // A department head adds staff to their own department without having to name it.
  const departmentId = input.departmentId !== undefined ? input.departmentId : ownDepartmentOf(actor);
  requirePolicy(canEditPerson(actor, { kind: input.kind, departmentId }));
  const id = await db.transaction().execute(async (trx) => {
    const sectionId = input.sectionId ?? null;
    await requireReferences(trx, actor.organisationId, departmentId, sectionId);
    const now = nowIso();
    const row = await repo.insertPerson(trx, {
      organisationId: actor.organisationId,
      kind: input.kind,
      name: input.name,
      title: input.title ?? null,
      phone: input.phone ?? null,
      departmentId,
      sectionId,
      createdAt: now,
      updatedAt: now,
    });
    const after = personSnapshot(await getPersonRow(trx, actor, row.id), actor);
    await recordAudit(trx, ctx, { action: 'person.create', entityType: 'person', entityId: row.id, after });
    return row.id;
  });
  return getPerson(db, actor, id);
}

export async function updatePerson(db: Db, ctx: RequestContext, id: number, patch: PersonPatch) {
  const { actor } = ctx;
  await db.transaction().execute(async (trx) => {
    const before = await getPersonRow(trx, actor, id);
    // Beyond a department head's reach (a leader, another department's staff): "not found", as for items.
    if (!canEditPerson(actor, before)) throw notFound('person', id);
    const { version, ...changes } = patch;
    const departmentId = changes.departmentId !== undefined ? changes.departmentId : before.departmentId;
    requirePolicy(canEditPerson(actor, { kind: before.kind, departmentId }));
    // Moving to another department leaves the old department's section behind unless a new one is given.
    const keepsSection = departmentId === before.departmentId;
    const sectionId = changes.sectionId !== undefined ? changes.sectionId : keepsSection ? before.sectionId : null;
    await requireReferences(trx, actor.organisationId, departmentId, sectionId);
    const updated = await repo.updatePersonIfVersion(trx, id, version, { ...changes, departmentId, sectionId, updatedAt: nowIso() });
    if (!updated) throw new AppError('STALE_VERSION', { currentVersion: before.version });
    const after = await getPersonRow(trx, actor, id);
    await recordAudit(trx, ctx, {
      action: 'person.update',
      entityType: 'person',
      entityId: id,
      before: personSnapshot(before, actor),
      after: personSnapshot(after, actor),
    });
  });
  return getPerson(db, actor, id);
}
