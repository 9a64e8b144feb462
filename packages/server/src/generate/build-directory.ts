import type { CityContext } from './city-context.js';
import { stampsAt } from './city-context.js';
import { CITY_DEPARTMENTS, DISTRICTS, LEADER_TITLES, personName, SECTION_NAMES } from './organisation-vocabulary.js';

export interface GeneratedDepartment {
  id: number;
  shortName: string;
  /** How many items it tends to lead, relative to the others. */
  weight: number;
  sections: { id: number; staffPersonId: number }[];
  managerUserId: number;
  staffUserIds: number[];
}

export interface Directory {
  organisationId: number;
  departments: GeneratedDepartment[];
  leaderPersonIds: number[];
  hqUserIds: number[];
}

function phoneOf(ctx: CityContext): string {
  // 199 0000 …: a range no real subscriber holds, so a generated phone never rings anyone.
  return `1990000${String(ctx.random.int(0, 9999)).padStart(4, '0')}`;
}

/** The city as an organisation: departments and districts with sections and staff, its leaders, and accounts. */
export function buildDirectory(ctx: CityContext): Directory {
  const { rows, ids, random } = ctx;
  const stamps = stampsAt(ctx.setUpAt);
  const organisationId = ids.next('organisations');
  rows.organisations.push({ id: organisationId, code: ctx.city.code, name: `${ctx.city.name}市`, level: 'city', parentId: ctx.provinceId });
  const pick = (chars: string) => chars[random.int(0, chars.length - 1)]!;
  const user = (username: string, displayName: string, role: string, departmentId: number | null, personId: number | null) => {
    const id = ids.next('users');
    rows.users.push({
      id,
      organisationId,
      username,
      displayName,
      passwordHash: ctx.passwordHash,
      role,
      departmentId,
      personId,
      isActive: 1,
      mustChangePassword: 0,
      lastLoginAt: null,
      email: null,
      passwordChangedAt: ctx.generatedAt,
      ...stamps,
    });
    return id;
  };

  const units = [
    ...CITY_DEPARTMENTS.map(([name, shortName, aliases, weight]) => ({
      name: `${ctx.city.name}${name}`,
      shortName,
      aliases,
      weight,
      kind: 'department' as const,
    })),
    ...DISTRICTS.map((name) => ({
      name: `${ctx.city.name}市${name}`,
      shortName: name,
      aliases: [] as readonly string[],
      weight: 1,
      kind: 'district' as const,
    })),
  ];
  const departments = units.map((unit, index): GeneratedDepartment => {
    const id = ids.next('departments');
    rows.departments.push({ id, organisationId, name: unit.name, shortName: unit.shortName, kind: unit.kind, note: null, source: null, ...stamps });
    for (const alias of unit.aliases) rows.departmentAliases.push({ id: ids.next('departmentAliases'), organisationId, departmentId: id, alias });
    const sections = random.sample(SECTION_NAMES, 3).map((name) => {
      const sectionId = ids.next('sections');
      rows.sections.push({ id: sectionId, departmentId: id, name, ...stamps });
      const staffPersonId = ids.next('people');
      rows.people.push({
        id: staffPersonId,
        organisationId,
        kind: 'staff',
        name: personName(pick, random.chance(0.6) ? 2 : 1),
        title: '科员',
        phone: phoneOf(ctx),
        departmentId: id,
        sectionId,
        ...stamps,
      });
      return { id: sectionId, staffPersonId };
    });
    const code = `d${String(index + 1).padStart(2, '0')}`;
    const managerUserId = user(`${ctx.userPrefix}_${code}_manager`, `${unit.shortName}负责人`, 'dept_manager', id, null);
    const staffUserIds = [1, 2].map((n) => user(`${ctx.userPrefix}_${code}_staff${n}`, `${unit.shortName}填报员${n}`, 'dept_staff', id, null));
    return { id, shortName: unit.shortName, weight: unit.weight, sections, managerUserId, staffUserIds };
  });

  const leaderPersonIds = LEADER_TITLES.map((title, index) => {
    const id = ids.next('people');
    rows.people.push({ id, organisationId, kind: 'leader', name: personName(pick, 2), title, phone: null, departmentId: null, sectionId: null, ...stamps });
    user(`${ctx.userPrefix}_leader${index + 1}`, `${title}（演示）`, 'leader', null, id);
    return id;
  });
  const hqUserIds = [1, 2].map((n) => user(n === 1 ? `${ctx.userPrefix}_hq` : `${ctx.userPrefix}_hq${n}`, `指挥部办公室${n}（演示）`, 'hq', null, null));
  for (const role of ['sysadmin', 'secadmin', 'auditor']) user(`${ctx.userPrefix}_${role}`, `${role}（演示）`, role, null, null);
  return { organisationId, departments, leaderPersonIds, hqUserIds };
}
