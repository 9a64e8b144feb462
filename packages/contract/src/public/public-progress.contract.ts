/** 政务公开: the public items' progress, readable without a session. Only what the public may read. */
import { SCHEDULE_STATUSES, STATUS_COLOURS } from '@plantrack/domain';
import { z } from 'zod';

export const PublicProgressQuery = z.strictObject({ organisation: z.string().min(1).max(64).optional().describe('机构代码；不给则为第一个有行动计划的机构') });

/** A computed status and its reason; never the planned and actual figures behind it. */
export const PublicStatus = z.object({
  status: z.enum(SCHEDULE_STATUSES),
  statusLabel: z.string(),
  colour: z.enum(STATUS_COLOURS),
  reasonZh: z.string(),
  reasonEn: z.string(),
});
export type PublicStatus = z.infer<typeof PublicStatus>;

export const PublicArea = z.object({ id: z.number().int(), code: z.string(), numeral: z.string(), title: z.string() });
export type PublicArea = z.infer<typeof PublicArea>;

export const PublicItem = z
  .object({
    id: z.number().int(),
    areaId: z.number().int().nullable(),
    code: z.string(),
    title: z.string(),
    targets: z.string().nullable(),
    deadlineText: z.string().nullable(),
    leadDepartment: z.string().nullable().describe('牵头部门全称'),
    schedule: PublicStatus.nullable(),
  })
  .meta({ id: 'PublicItem' });
export type PublicItem = z.infer<typeof PublicItem>;

export const PublicIndicator = z
  .object({
    id: z.number().int(),
    itemId: z.number().int(),
    name: z.string(),
    unit: z.string().nullable(),
    baselineYear: z.number().int().nullable(),
    baselineValue: z.string().nullable(),
    targetYear: z.number().int().nullable(),
    target: z.string().nullable(),
    schedule: PublicStatus.nullable(),
  })
  .meta({ id: 'PublicIndicator' });
export type PublicIndicator = z.infer<typeof PublicIndicator>;

export const PublicProgress = z
  .object({
    organisation: z.object({ name: z.string() }),
    plan: z.object({ title: z.string(), shortTitle: z.string().nullable(), startYear: z.number().int(), endYear: z.number().int(), isSample: z.boolean() }),
    period: z.string().describe('当前季度（限于计划年份内），如 2023Q2'),
    periodLabel: z.string(),
    areas: z.array(PublicArea),
    items: z.array(PublicItem),
    indicators: z.array(PublicIndicator),
  })
  .meta({ id: 'PublicProgress' });
export type PublicProgress = z.infer<typeof PublicProgress>;
