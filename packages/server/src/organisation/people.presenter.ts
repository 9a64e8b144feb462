import type { Person } from '@plantrack/contract/organisation/people.contract';
import type { Actor } from '../auth/actor.js';
import { maskPhone } from '../shared/mask.js';
import { personPolicies } from './organisation.policies.js';
import type { PersonListRow } from './people.repository.js';

export function presentPerson(row: PersonListRow, actor: Actor, options: { showPhone: boolean }): Person {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    title: row.title,
    phone: options.showPhone ? row.phone : maskPhone(row.phone),
    department: row.departmentId === null ? null : { id: row.departmentId, name: row.departmentName, shortName: row.departmentShortName },
    section: row.sectionId === null ? null : { id: row.sectionId, name: row.sectionName },
    version: row.version,
    updatedAt: row.updatedAt,
    policies: personPolicies(actor, row),
  };
}
