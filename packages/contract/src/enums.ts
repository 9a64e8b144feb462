/**
 * Enumerations the API speaks, as plain arrays: the web app imports these values without pulling zod
 * into its bundle, and the contracts build their zod enums from them.
 */

/** The five ledgers (stable ids of PRODUCT.md). */
export const LEDGER_KINDS = ['master', 'province_key_tasks', 'key_indicators', 'pilots', 'innovations'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const ROLES = ['hq', 'leader', 'dept_manager', 'dept_staff', 'sysadmin', 'secadmin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** What a session must do before anything else: change its password, or enrol a second factor. */
export const SESSION_RESTRICTIONS = ['password_change', 'totp_enrolment'] as const;
export type SessionRestriction = (typeof SESSION_RESTRICTIONS)[number];

export const DEPARTMENT_KINDS = ['department', 'district', 'office'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** 市领导 (leader) or 工作人员 (staff). */
export const PERSON_KINDS = ['leader', 'staff'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
