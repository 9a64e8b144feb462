import type { Actor } from '../auth/actor.js';

/** The office and the system administrator keep the directory; a department head keeps their own sections. */
function isDirectoryEditor(actor: Actor): boolean {
  return actor.role === 'hq' || actor.role === 'sysadmin';
}

function isManagerOf(actor: Actor, departmentId: number | null): boolean {
  return actor.role === 'dept_manager' && departmentId !== null && actor.departmentId === departmentId;
}

export function canEditSectionsOf(actor: Actor, departmentId: number): boolean {
  return isDirectoryEditor(actor) || isManagerOf(actor, departmentId);
}

export function departmentPolicies(actor: Actor, departmentId: number) {
  return { canEdit: isDirectoryEditor(actor), canEditSections: canEditSectionsOf(actor, departmentId) };
}

/** People are plan data, so the system administrator keeps out; a department head keeps their own staff. */
export function canEditPerson(actor: Actor, person: { kind: string; departmentId: number | null }): boolean {
  return actor.role === 'hq' || (person.kind === 'staff' && isManagerOf(actor, person.departmentId));
}

export function personPolicies(actor: Actor, person: { kind: string; departmentId: number | null }) {
  return { canEdit: canEditPerson(actor, person) };
}
