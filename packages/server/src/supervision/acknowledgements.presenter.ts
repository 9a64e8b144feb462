import type { ItemAcknowledgement } from '@plantrack/contract/supervision/acknowledgements.contract';
import type { ActorName } from './actors.repository.js';
import { actorOf } from './actors.repository.js';
import type { AcknowledgementRow } from './acknowledgements.repository.js';

interface DepartmentOnItem {
  id: number;
  name: string | null;
  shortName: string | null;
  relation: 'lead' | 'co' | null;
}

/** One line per department on the item — signed or still to sign — plus any that signed and has since left the item. */
export function presentAcknowledgements(departments: DepartmentOnItem[], rows: AcknowledgementRow[], names: Map<number, ActorName>): ItemAcknowledgement[] {
  const byDepartment = new Map(rows.map((row) => [row.departmentId, row]));
  const former = rows
    .filter((row) => !departments.some((department) => department.id === row.departmentId))
    .map((row) => ({ id: row.departmentId, name: row.departmentName, shortName: row.departmentShortName, relation: null }));
  return [...departments, ...former].map((department) => {
    const row = byDepartment.get(department.id);
    return {
      department: { id: department.id, name: department.name, shortName: department.shortName },
      relation: department.relation,
      isAcknowledged: row !== undefined,
      acknowledgedBy: row ? actorOf(names, row.userId) : null,
      acknowledgedAt: row?.at ?? null,
    };
  });
}
