import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { findAreaIdByCode, findDepartmentIdsAmong, findLedgersOfKinds, hasPersonOfKind, hasSectionInOrganisation } from './item-references.repository.js';
import type { ItemPatch } from '@plantrack/contract/items/items.contract';
import type { ItemCreate } from '@plantrack/contract/items/items.contract';

type ReferenceFields = Pick<ItemPatch, 'areaCode' | 'leaderPersonId' | 'leadDepartmentId' | 'coDepartmentIds' | 'sectionId' | 'staffPersonId' | 'ledgers'>;

export interface ResolvedReferences {
  areaId?: number | null;
  ledgerIds?: number[];
}

/**
 * Checks that every record an item points at exists in the caller's organisation and plan, and turns
 * codes into ids. Raises UNKNOWN_REFERENCE naming the field, so the form can point at it.
 */
export async function resolveItemReferences(db: Db, organisationId: number, planId: number, input: ReferenceFields | ItemCreate): Promise<ResolvedReferences> {
  const resolved: ResolvedReferences = {};
  if (input.areaCode !== undefined) resolved.areaId = input.areaCode === null ? null : await requireArea(db, planId, input.areaCode);
  if (input.ledgers !== undefined) resolved.ledgerIds = await requireLedgers(db, planId, input.ledgers);
  const departmentIds = [...(input.coDepartmentIds ?? []), ...(input.leadDepartmentId ? [input.leadDepartmentId] : [])];
  await requireDepartments(db, organisationId, departmentIds, 'leadDepartmentId/coDepartmentIds');
  await requirePeople(db, organisationId, input.leaderPersonId, 'leader', 'leaderPersonId');
  await requirePeople(db, organisationId, input.staffPersonId, 'staff', 'staffPersonId');
  if (input.sectionId && !(await hasSectionInOrganisation(db, organisationId, input.sectionId))) {
    throw new AppError('UNKNOWN_REFERENCE', { field: 'sectionId', value: input.sectionId });
  }
  return resolved;
}

async function requireArea(db: Db, planId: number, code: string): Promise<number> {
  const areaId = await findAreaIdByCode(db, planId, code);
  if (areaId === undefined) throw new AppError('UNKNOWN_REFERENCE', { field: 'areaCode', value: code });
  return areaId;
}

async function requireLedgers(db: Db, planId: number, kinds: string[]): Promise<number[]> {
  const rows = await findLedgersOfKinds(db, planId, kinds);
  const missing = kinds.filter((kind) => !rows.some((row) => row.kind === kind));
  if (missing.length > 0) throw new AppError('UNKNOWN_REFERENCE', { field: 'ledgers', value: missing });
  return rows.map((row) => row.id);
}

async function requireDepartments(db: Db, organisationId: number, ids: number[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const found = await findDepartmentIdsAmong(db, organisationId, unique);
  const missing = unique.filter((id) => !found.includes(id));
  if (missing.length > 0) throw new AppError('UNKNOWN_REFERENCE', { field, value: missing });
}

async function requirePeople(db: Db, organisationId: number, id: number | null | undefined, kind: 'leader' | 'staff', field: string): Promise<void> {
  if (!id) return;
  if (!(await hasPersonOfKind(db, organisationId, id, kind))) throw new AppError('UNKNOWN_REFERENCE', { field, value: id });
}
