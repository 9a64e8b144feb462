import type { Section } from '@plantrack/contract/organisation/sections.contract';
import type { Actor } from '../auth/actor.js';
import { canEditSectionsOf } from './organisation.policies.js';
import type { SectionRow } from './sections.repository.js';

export function presentSection(row: SectionRow, actor: Actor): Section {
  return {
    id: row.id,
    departmentId: row.departmentId,
    name: row.name,
    version: row.version,
    updatedAt: row.updatedAt,
    policies: { canEdit: canEditSectionsOf(actor, row.departmentId) },
  };
}

/** The section as the audit log keeps it (no policies). */
export function sectionSnapshot(row: SectionRow) {
  return { id: row.id, departmentId: row.departmentId, name: row.name, version: row.version };
}
