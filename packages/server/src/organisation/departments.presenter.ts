import type { Department } from '@plantrack/contract/organisation/departments.contract';
import type { Actor } from '../auth/actor.js';
import type { DepartmentWithCountRow } from './departments.repository.js';
import { departmentPolicies } from './organisation.policies.js';

export function presentDepartment(row: DepartmentWithCountRow, aliases: { id: number; alias: string }[], actor: Actor): Department {
  return {
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    note: row.note,
    source: row.source,
    aliases,
    sectionCount: Number(row.sectionCount),
    version: row.version,
    updatedAt: row.updatedAt,
    policies: departmentPolicies(actor, row.id),
  };
}

export type PresentedDepartment = ReturnType<typeof presentDepartment>;
