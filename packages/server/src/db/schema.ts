import type { MilestoneBasis, ReportState } from '@plantrack/domain';
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
  email: string | null;
  /** Login security (auth/): when the password was last set (null: at creation), failures, lockout. */
  passwordChangedAt: string | null;
  failedLoginCount: Generated<number>;
  lastFailedLoginAt: string | null;
  lockedUntil: string | null;
}

export interface SessionTable {
  id: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  csrfToken: string | null;
  /** 'password_change' or 'totp_enrolment' while the session may do only that (auth/session-restriction.ts). */
  restriction: string | null;
  idleMinutes: Generated<number>;
}

/** The second factor (auth/totp.ts): the secret once enabled, the one being enrolled, the last step used. */
export interface UserTotpTable {
  userId: number;
  secret: string | null;
  pendingSecret: string | null;
  enabledAt: string | null;
  lastUsedStep: number | null;
}

/** Fixed-window counters of the rate limits (auth/rate-limit.repository.ts). */
export interface IdempotencyKeyTable {
  userId: number;
  key: string;
  request: string;
  requestHash: string;
  responseStatus: number | null;
  responseBody: string | null;
  createdAt: string;
  expiresAt: string;
}

export interface RateLimitCounterTable {
  bucket: string;
  windowStart: string;
  hits: number;
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
  /** Completion expected by the end of the period on `basis`, in basis points (6000 = 60%). */
  cumulativeBp: number | null;
  /** Whose share `cumulativeBp` is: the whole task's or that year's task's; null without a figure. */
  basis: MilestoneBasis | null;
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
  /** When the office retired it (no longer tracked); null while in use. */
  retiredAt: string | null;
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
  /** Same path as progress reports; only approved values count. */
  state: Generated<ReportState>;
  submittedBy: number | null;
  submittedAt: string | null;
  reviewedBy: number | null;
  reviewedAt: string | null;
  reviewComment: string | null;
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
  /** Hash chain (audit/audit-chain.ts): the previous row's hash, and HMAC-SM3 over it and this row. */
  prevHash: string | null;
  hash: string | null;
}

/** Which audit and data keys the database was written with (keys/check-key-fingerprints.ts). */
export interface KeyFingerprintTable {
  name: string;
  fingerprint: string;
  createdAt: string;
}

export interface SettingTable {
  organisationId: number;
  key: string;
  value: string;
  updatedAt: string;
}

export interface Database extends ReportingDatabase, SupervisionDatabase {
  organisations: OrganisationTable;
  departments: DepartmentTable;
  departmentAliases: DepartmentAliasTable;
  sections: SectionTable;
  people: PersonTable;
  users: UserTable;
  sessions: SessionTable;
  userTotp: UserTotpTable;
  rateLimitCounters: RateLimitCounterTable;
  idempotencyKeys: IdempotencyKeyTable;
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
  keyFingerprints: KeyFingerprintTable;
  settings: SettingTable;
}

export type ItemRow = Selectable<ItemTable>;
export type NewItem = Insertable<ItemTable>;
export type ItemUpdate = Updateable<ItemTable>;
export type UserRow = Selectable<UserTable>;
export type DepartmentRow = Selectable<DepartmentTable>;
export type PersonRow = Selectable<PersonTable>;
export type IndicatorRow = Selectable<IndicatorTable>;
export type IndicatorValueUpdate = Updateable<IndicatorValueTable>;
export type LedgerRow = Selectable<LedgerTable>;
export type ProgressReportUpdate = Updateable<ProgressReportTable>;
export type AuditLogRow = Selectable<AuditLogTable>;

export type { ReportState };
export type ProgressState = 'not_started' | 'in_progress' | 'completed';

export interface ReportingCycleTable extends Versioned {
  id: Generated<number>;
  planId: number;
  period: string;
  deadline: string;
  status: Generated<'open' | 'closed'>;
  openedBy: number | null;
  closedAt: string | null;
  closedBy: number | null;
}

export interface ProgressReportTable extends Versioned {
  id: Generated<number>;
  itemId: number;
  cycleId: number;
  period: string;
  state: Generated<ReportState>;
  progressState: Generated<ProgressState>;
  /** Cumulative completion reported, basis points. */
  completionBp: number | null;
  progress: string | null;
  problems: string | null;
  nextSteps: string | null;
  pilotStage: string | null;
  pilotStageDate: string | null;
  createdBy: number | null;
  submittedAt: string | null;
  submittedBy: number | null;
  reviewedAt: string | null;
  reviewedBy: number | null;
  reviewComment: string | null;
  /** The office's quality rating of the report, 1–5. */
  qualityRating: number | null;
  overrideStatus: string | null;
  overrideReason: string | null;
}

export interface ReportVersionTable {
  id: Generated<number>;
  reportId: number;
  version: number;
  action: string;
  snapshot: string;
  actorId: number | null;
  at: string;
}

export interface EvidenceFileTable {
  id: Generated<number>;
  reportId: number;
  itemId: number;
  sha256: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  uploadedBy: number | null;
  uploadedAt: string;
}

export interface PilotStageEventTable {
  id: Generated<number>;
  itemId: number;
  stage: string;
  stageDate: string | null;
  reportId: number | null;
  actorId: number | null;
  at: string;
}

export interface AcknowledgementTable {
  id: Generated<number>;
  itemId: number;
  departmentId: number;
  userId: number | null;
  at: string;
}

export interface ExtensionRequestTable extends Versioned {
  id: Generated<number>;
  itemId: number;
  currentDeadline: string | null;
  requestedDeadline: string;
  reason: string;
  status: Generated<'pending' | 'approved' | 'rejected'>;
  requestedBy: number | null;
  decidedBy: number | null;
  decidedAt: string | null;
  decisionComment: string | null;
}

export type SupervisionStatus = 'issued' | 'acknowledged' | 'answered' | 'returned' | 'closed';

/** 督办等级: 一般督办, 黄牌督办, 红牌督办. */
export type SupervisionLevel = 'normal' | 'yellow' | 'red';

export interface SupervisionOrderTable extends Versioned {
  id: Generated<number>;
  itemId: number;
  code: string;
  reason: string;
  replyBy: string;
  level: Generated<SupervisionLevel>;
  /** 承办联系人, named by the department when it signs; the phone is stored encrypted. */
  contactName: string | null;
  contactPhone: string | null;
  status: Generated<SupervisionStatus>;
  issuedBy: number | null;
  acknowledgedBy: number | null;
  acknowledgedAt: string | null;
  answer: string | null;
  answeredBy: number | null;
  answeredAt: string | null;
  reviewComment: string | null;
  closedBy: number | null;
  closedAt: string | null;
}

/** 送达 → 阅办 → 落实反馈. */
export type InstructionStatus = 'delivered' | 'read' | 'answered';

export interface InstructionTable {
  id: Generated<number>;
  itemId: number;
  authorId: number;
  text: string;
  at: string;
  status: Generated<InstructionStatus>;
  readBy: number | null;
  readAt: string | null;
  feedback: string | null;
  feedbackBy: number | null;
  feedbackAt: string | null;
  version: Generated<number>;
}

export interface NotificationTable {
  id: Generated<number>;
  userId: number;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface ReminderClaimTable {
  id: Generated<number>;
  key: string;
  claimedAt: string;
  sentCount: Generated<number>;
}

/** A 催报: the office reminded a department by hand to report in a cycle. */
export interface CycleReminderTable {
  id: Generated<number>;
  cycleId: number;
  departmentId: number;
  sentBy: number;
  sentAt: string;
  notifiedCount: number;
}

export interface ReportingDatabase {
  reportingCycles: ReportingCycleTable;
  progressReports: ProgressReportTable;
  reportVersions: ReportVersionTable;
  evidenceFiles: EvidenceFileTable;
  pilotStageEvents: PilotStageEventTable;
  acknowledgements: AcknowledgementTable;
  extensionRequests: ExtensionRequestTable;
  supervisionOrders: SupervisionOrderTable;
  instructions: InstructionTable;
  notifications: NotificationTable;
  reminderClaims: ReminderClaimTable;
  cycleReminders: CycleReminderTable;
}

/** One step of a supervision order (issue, acknowledge, answer, return, close): who, when, what was said. */
export interface SupervisionOrderEventTable {
  id: Generated<number>;
  orderId: number;
  action: string;
  fromStatus: SupervisionStatus | null;
  toStatus: SupervisionStatus;
  actorId: number | null;
  at: string;
  text: string | null;
}

export interface SupervisionDatabase {
  supervisionOrderEvents: SupervisionOrderEventTable;
}
