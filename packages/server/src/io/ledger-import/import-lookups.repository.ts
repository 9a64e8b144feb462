import type { Db } from '../../db/database.js';
import { normaliseDepartmentName } from '../../organisation/departments.repository.js';

/**
 * Everything an import resolves names against, read once per import in a constant number of
 * queries (no lookup per row): the plan's areas and ledgers, the organisation's departments with
 * their aliases, its city leaders, and the plan's items with all they carry.
 */
export interface AreaRef {
  id: number;
  code: string;
  numeral: string;
  title: string;
}

export interface DepartmentRef {
  id: number;
  shortName: string;
}

export interface LeaderRef {
  id: number;
  name: string;
}

export interface ImportReferences {
  areas: AreaRef[];
  ledgers: { id: number; kind: string; name: string }[];
  /** By normalised full name, short name and alias (市发改委 = 市发展改革委), as findDepartmentByName matches. */
  departments: Map<string, DepartmentRef>;
  /** By normalised name, and by name with title either side ("张三副市长"). */
  leaders: Map<string, LeaderRef>;
}

export function normalisePersonName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

export async function findImportReferences(db: Db, organisationId: number, planId: number): Promise<ImportReferences> {
  const [areas, ledgers, departments, aliases, leaders] = await Promise.all([
    db.selectFrom('areas').select(['id', 'code', 'numeral', 'title']).where('planId', '=', planId).orderBy('sortOrder').execute(),
    db.selectFrom('ledgers').select(['id', 'kind', 'name']).where('planId', '=', planId).execute(),
    db.selectFrom('departments').select(['id', 'name', 'shortName']).where('organisationId', '=', organisationId).orderBy('id').execute(),
    db
      .selectFrom('departmentAliases')
      .innerJoin('departments', 'departments.id', 'departmentAliases.departmentId')
      .select(['departmentAliases.alias', 'departments.id', 'departments.shortName'])
      .where('departmentAliases.organisationId', '=', organisationId)
      .execute(),
    db.selectFrom('people').select(['id', 'name', 'title']).where('organisationId', '=', organisationId).where('kind', '=', 'leader').orderBy('id').execute(),
  ]);
  const departmentMap = new Map<string, DepartmentRef>();
  // Full and short names first, so an alias never shadows another department's own name.
  for (const { alias, id, shortName } of aliases) departmentMap.set(normaliseDepartmentName(alias), { id, shortName });
  for (const { id, name, shortName } of departments) {
    departmentMap.set(normaliseDepartmentName(shortName), { id, shortName });
    departmentMap.set(normaliseDepartmentName(name), { id, shortName });
  }
  const leaderMap = new Map<string, LeaderRef>();
  for (const { id, name, title } of [...leaders].reverse()) {
    const keys = [name, ...(title ? [`${name}${title}`, `${title}${name}`] : [])];
    for (const key of keys) leaderMap.set(normalisePersonName(key), { id, name });
  }
  return { areas, ledgers, departments: departmentMap, leaders: leaderMap };
}
