import type { Actor } from '../auth/actor.js';
import { capabilityTable, has } from '../auth/capabilities.js';
import { DIRECTORY_READERS, PLAN_READERS } from '../auth/roles.js';

/**
 * The directory: departments, sections, people. The office and the system administrator keep the
 * departments; a department head keeps their own sections and staff. People are plan data, so the
 * system administrator keeps out of them.
 */
export const ORGANISATION = capabilityTable('organisation', {
  readDirectory: DIRECTORY_READERS,
  readPeople: PLAN_READERS,
  editDepartments: ['hq', 'sysadmin'],
  /** The door of the section routes; which department's sections, canEditSectionsOf decides. */
  editSections: ['hq', 'sysadmin', 'dept_manager'],
  editAnySections: ['hq', 'sysadmin'],
  /** The door of the people routes; whom, canEditPerson decides. */
  editPeople: ['hq', 'dept_manager'],
  editAnyPerson: ['hq'],
  /** A department head keeps their own department's sections and staff. */
  keepOwnDepartment: ['dept_manager'],
});

function isKeeperOf(actor: Actor, departmentId: number | null): boolean {
  return has(actor, ORGANISATION.keepOwnDepartment) && departmentId !== null && actor.departmentId === departmentId;
}

/** The department a department head works in, named for them when they add staff without naming it. */
export function ownDepartmentOf(actor: Actor): number | null {
  return has(actor, ORGANISATION.keepOwnDepartment) ? actor.departmentId : null;
}

export function canEditSectionsOf(actor: Actor, departmentId: number): boolean {
  return has(actor, ORGANISATION.editAnySections) || isKeeperOf(actor, departmentId);
}

export function departmentPolicies(actor: Actor, departmentId: number) {
  return { canEdit: has(actor, ORGANISATION.editDepartments), canEditSections: canEditSectionsOf(actor, departmentId) };
}

export function canEditPerson(actor: Actor, person: { kind: string; departmentId: number | null }): boolean {
  return has(actor, ORGANISATION.editAnyPerson) || (person.kind === 'staff' && isKeeperOf(actor, person.departmentId));
}

export function personPolicies(actor: Actor, person: { kind: string; departmentId: number | null }) {
  return { canEdit: canEditPerson(actor, person) };
}
