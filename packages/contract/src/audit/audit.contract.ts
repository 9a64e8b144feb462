/** The audit log, read by the auditor alone (三权分立): search, and export as CSV. */
import { z } from 'zod';
import { PageQuery } from '../shared.contract.js';

/** A Shanghai date (2024-03-01, the whole day) or an instant with its offset (2024-03-01T09:30:00+08:00). */
const DateOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const AuditSearchFields = {
  entityType: z.string().trim().min(1).max(50).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  userId: z.coerce.number().int().positive().optional(),
  action: z.string().trim().min(1).max(100).optional(),
  from: DateOrInstant.optional(),
  to: DateOrInstant.optional(),
  /** Free text in the action, the object and the username. */
  q: z.string().trim().min(1).max(100).optional(),
};

export const AuditListQuery = z.strictObject({ ...AuditSearchFields, ...PageQuery });
export type AuditListQuery = z.infer<typeof AuditListQuery>;

export const AuditExportQuery = z.strictObject({ ...AuditSearchFields, format: z.enum(['csv']).default('csv') });
export type AuditExportQuery = z.infer<typeof AuditExportQuery>;

/** What the log is searched by: object, user, action, time range (both ends included), free text. */
export type AuditSearch = Omit<AuditListQuery, 'page' | 'pageSize'>;

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string().describe('Asia/Shanghai 时间，带时区：2026-11-27T09:30:00.000+08:00'),
    userId: z.number().int().nullable(),
    username: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    entityLabel: z.string().nullable().describe('对象名称（登录名、条目编号与标题），对象仍存在时'),
    outcome: z.string(),
    before: z.unknown().describe('变更前（个人信息打码）'),
    after: z.unknown().describe('变更后（个人信息打码）'),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    hash: z.string().nullable().describe('哈希链：本行的 HMAC-SM3'),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({ entries: z.array(AuditEntry), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditCsv = {
  description: '审计日志 CSV（UTF-8）',
  content: { 'text/csv': { schema: z.string().meta({ format: 'binary' }) } },
};
