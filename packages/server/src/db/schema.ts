import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Row types of every table, camelCase (the CamelCasePlugin maps them to snake_case columns).
 * Booleans are 0/1, timestamps ISO-8601 text, decimals exact text, percentages basis points.
 */
interface Versioned {
  version: Generated<number>;
  createdAt: string;
  updatedAt: string;
}

export interface OrganisationTable {
  id: Generated<number>;
  code: string;
  name: string;
  level: 'province' | 'city' | 'district';
  parentId: number | null;
}

export interface DepartmentTable extends Versioned {
  id: Generated<number>;
  organisationId: number;
  name: string;
  shortName: string;
  kind: Generated<'department' | 'district' | 'office'>;
  note: string | null;
  source: string | null;
}

export interface DepartmentAliasTable {
  id: Generated<number>;
  organisationId: number;
  departmentId: number;
  alias: string;
}

export interface SectionTable extends Versioned {
  id: Generated<number>;
  departmentId: number;
  name: string;
}

export interface PersonTable extends Versioned {
  id: Generated<number>;
  organisationId: number;
  kind: 'leader' | 'staff';
  name: string;
  title: string | null;
  phone: string | null;
  departmentId: number | null;
  sectionId: number | null;
}

export interface UserTable extends Versioned {
  id: Generated<number>;
  organisationId: number;
  username: string;
  displayName: string;
  passwordHash: string;
  role: string;
  departmentId: number | null;
  personId: number | null;
  isActive: Generated<number>;
  mustChangePassword: Generated<number>;
  lastLoginAt: string | null;
}

export interface SessionTable {
  id: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
}

export interface PlanTable extends Versioned {
  id: Generated<number>;
  organisationId: number;
  code: string;
  title: string;
  shortTitle: string | null;
  startYear: number;
  endYear: number;
  issuer: string | null;
  announced: string | null;
  implementsTitle: string | null;
  implementsDocNo: string | null;
  positioning: string | null;
  isSample: Generated<number>;
  sampleNotice: string | null;
}

export interface AreaTable extends Versioned {
  id: Generated<number>;
  planId: number;
  code: string;
  numeral: string;
  title: string;
  summary: string | null;
  /** JSON array of target sentences. */
  targets: Generated<string>;
  sortOrder: Generated<number>;
}

export interface LedgerTable extends Versioned {
  id: Generated<number>;
  planId: number;
  kind: string;
  name: string;
  shortName: string;
  plannedCount: number | null;
  description: string | null;
}

export interface ItemTable extends Versioned {
  id: Generated<number>;
  planId: number;
  areaId: number | null;
  code: string;
  title: string;
  measures: string | null;
  targets: string | null;
  yearKeyWork: string | null;
  deadlineText: string | null;
  deadline: string | null;
  startDate: string | null;
  sourceClause: string | null;
  provinceText: string | null;
  citySource: string | null;
  remarks: string | null;
  leaderPersonId: number | null;
  leadDepartmentId: number | null;
  leadDepartmentSource: string | null;
  sectionId: number | null;
  staffPersonId: number | null;
  pilotLevel: string | null;
  pilotStage: string | null;
  pilotStageDate: string | null;
  isPublic: Generated<number>;
  isSample: Generated<number>;
  dataSource: string | null;
  searchText: Generated<string>;
}

export interface LedgerItemTable {
  ledgerId: number;
  itemId: number;
}

export interface ItemCoDepartmentTable {
  itemId: number;
  departmentId: number;
}

export interface QuarterlyPlanTable extends Versioned {
  id: Generated<number>;
  itemId: number;
  period: string;
  milestone: string | null;
  /** Cumulative completion expected by the end of the period, in basis points (6000 = 60%). */
  cumulativeBp: number | null;
}

export interface IndicatorTable extends Versioned {
  id: Generated<number>;
  planId: number;
  itemId: number;
  unit: string | null;
  direction: 'higher_better' | 'lower_better';
  valueKind: Generated<string>;
  baselineYear: number | null;
  baselineValue: string | null;
  baselineNote: string | null;
  targetYear: number | null;
  target: string | null;
  targetQualifier: string | null;
  targetRule: string | null;
  provinceTarget: string | null;
  stretchTarget: string | null;
  dataSourceDepartmentId: number | null;
}

export interface IndicatorYearlyTargetTable {
  indicatorId: number;
  year: number;
  value: string;
}

export interface IndicatorValueTable extends Versioned {
  id: Generated<number>;
  indicatorId: number;
  period: string;
  value: string | null;
  provincialRank: number | null;
  note: string | null;
  isDemo: Generated<number>;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  organisationId: number | null;
  userId: number | null;
  username: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
  requestId: string | null;
  outcome: Generated<string>;
}

export interface SettingTable {
  organisationId: number;
  key: string;
  value: string;
  updatedAt: string;
}

export interface Database {
  organisations: OrganisationTable;
  departments: DepartmentTable;
  departmentAliases: DepartmentAliasTable;
  sections: SectionTable;
  people: PersonTable;
  users: UserTable;
  sessions: SessionTable;
  plans: PlanTable;
  areas: AreaTable;
  ledgers: LedgerTable;
  items: ItemTable;
  ledgerItems: LedgerItemTable;
  itemCoDepartments: ItemCoDepartmentTable;
  quarterlyPlans: QuarterlyPlanTable;
  indicators: IndicatorTable;
  indicatorYearlyTargets: IndicatorYearlyTargetTable;
  indicatorValues: IndicatorValueTable;
  auditLog: AuditLogTable;
  settings: SettingTable;
}

export type ItemRow = Selectable<ItemTable>;
export type NewItem = Insertable<ItemTable>;
export type ItemUpdate = Updateable<ItemTable>;
export type UserRow = Selectable<UserTable>;
export type DepartmentRow = Selectable<DepartmentTable>;
export type PersonRow = Selectable<PersonTable>;
export type IndicatorRow = Selectable<IndicatorTable>;
