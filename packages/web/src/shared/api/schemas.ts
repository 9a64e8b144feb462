import * as z from 'zod/mini';

/** The five ledgers (stable ids of PRODUCT.md). */
export const LEDGER_KINDS = ['master', 'province_key_tasks', 'key_indicators', 'pilots', 'innovations'] as const;
export const LedgerKind = z.enum(LEDGER_KINDS);
export type LedgerKind = z.infer<typeof LedgerKind>;

export const ROLES = ['hq', 'leader', 'dept_manager', 'dept_staff', 'sysadmin', 'secadmin', 'auditor'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const DepartmentRef = z.object({ id: z.number(), name: z.nullish(z.string()), shortName: z.nullish(z.string()) });
export type DepartmentRef = z.infer<typeof DepartmentRef>;
