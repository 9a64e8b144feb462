import { z } from 'zod';
import { DateText, OptionalText, PageQuery, VersionField } from '../shared/schemas.js';
import { SUPERVISION_LEVELS } from './supervision-workflow.js';

const RequiredText = (max: number) => z.string().trim().min(1).max(max);

export const SUPERVISION_STATUSES = ['issued', 'acknowledged', 'answered', 'returned', 'closed'] as const;

/** 督办等级 defaults to 一般督办; 黄牌 and 红牌 are the office's escalations. */
export const SupervisionOrderCreate = z.strictObject({ reason: RequiredText(2000), replyBy: DateText, level: z.enum(SUPERVISION_LEVELS).default('normal') });
export type SupervisionOrderCreate = z.infer<typeof SupervisionOrderCreate>;

export const SupervisionOrderListQuery = z.strictObject({
  status: z.enum(SUPERVISION_STATUSES).optional(),
  /** A department id or any of its names (市发改委 = 市发展改革委). */
  department: z.string().max(100).optional(),
  item: z.coerce.number().int().positive().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  ...PageQuery,
});
export type SupervisionOrderListQuery = z.infer<typeof SupervisionOrderListQuery>;

/** Signing needs no form; a client that sends the version it saw gets STALE_VERSION if the order moved on. */
export const SupervisionOrderAcknowledge = z
  .strictObject({
    version: VersionField.optional(),
    /** 承办联系人: whom the office calls about the order, named by the department as it signs. */
    contact: z
      .strictObject({
        name: RequiredText(50),
        phone: z
          .string()
          .trim()
          .regex(/^[0-9+\-() ]{5,30}$/),
      })
      .optional(),
  })
  .nullish();
export type SupervisionOrderAcknowledge = z.infer<typeof SupervisionOrderAcknowledge>;

export const SupervisionOrderAnswer = z.strictObject({ version: VersionField, answer: RequiredText(5000) });
export type SupervisionOrderAnswer = z.infer<typeof SupervisionOrderAnswer>;

/** Returning asks for a better answer, so it must say what is missing. */
export const SupervisionOrderReturn = z.strictObject({ version: VersionField, comment: RequiredText(2000) });
export type SupervisionOrderReturn = z.infer<typeof SupervisionOrderReturn>;

export const SupervisionOrderClose = z.strictObject({ version: VersionField, comment: OptionalText(2000).optional() });
export type SupervisionOrderClose = z.infer<typeof SupervisionOrderClose>;
