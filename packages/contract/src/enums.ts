/**
 * Enumerations the API speaks, as plain arrays: the web app imports these values without pulling zod
 * into its bundle, and the contracts build their zod enums from them.
 */

/** The five ledgers (stable ids of PRODUCT.md). */
export const LEDGER_KINDS = ['master', 'province_key_tasks', 'key_indicators', 'pilots', 'innovations'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const ROLES = ['hq', 'leader', 'dept_manager', 'dept_staff', 'sysadmin', 'secadmin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

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
