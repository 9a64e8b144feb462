/**
 * Enumerations the API speaks, as plain arrays: the web app imports these values without pulling zod
 * into its bundle, and the contracts build their zod enums from them.
 */

/** The five ledgers (stable ids of PRODUCT.md). */
export const LEDGER_KINDS = ['master', 'province_key_tasks', 'key_indicators', 'pilots', 'innovations'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const ROLES = ['hq', 'leader', 'dept_manager', 'dept_staff', 'sysadmin', 'secadmin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** 督办等级: 一般督办, 黄牌督办, 红牌督办. */
export const SUPERVISION_LEVELS = ['normal', 'yellow', 'red'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

/** A supervision order's path: 已下发 → 已签收 → 已反馈 → 已退回 (answered again) or 已办结. */
export const SUPERVISION_STATUSES = ['issued', 'acknowledged', 'answered', 'returned', 'closed'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];

/** 延期申请: 待审批, 已批准, 未批准. */
export const EXTENSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

export const INDICATOR_DIRECTIONS = ['higher_better', 'lower_better'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** `level` values grow by compounding; the others (rates, shares, ratios) are compared linearly. */
export const INDICATOR_VALUE_KINDS = ['level', 'rate', 'growth_rate', 'share', 'ratio'] as const;
export type IndicatorValueKind = (typeof INDICATOR_VALUE_KINDS)[number];

/** What a session must do before anything else: change its password, or enrol a second factor. */
export const SESSION_RESTRICTIONS = ['password_change', 'totp_enrolment'] as const;
export type SessionRestriction = (typeof SESSION_RESTRICTIONS)[number];

export const DEPARTMENT_KINDS = ['department', 'district', 'office'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** 市领导 (leader) or 工作人员 (staff). */
export const PERSON_KINDS = ['leader', 'staff'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

/** How far a department says an item has got in a quarter's report. */
export const PROGRESS_STATES = ['not_started', 'in_progress', 'completed'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];

/** A pilot's (试点示范) level and its application stage. */
export const PILOT_LEVELS = ['national', 'provincial', 'city'] as const;
export type PilotLevel = (typeof PILOT_LEVELS)[number];
export const PILOT_STAGES = ['planning', 'applying', 'under_review', 'approved', 'rejected', 'built'] as const;
export type PilotStage = (typeof PILOT_STAGES)[number];

/** The links of an item's responsibility chain, as its gaps name them. */
export const CHAIN_LINKS = ['leader', 'leadDepartment', 'section', 'staff'] as const;
export type ChainLink = (typeof CHAIN_LINKS)[number];
