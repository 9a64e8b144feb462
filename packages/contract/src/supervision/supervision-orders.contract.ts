/** Supervision orders (督办单): issued by the office, signed for, answered, returned or closed, with their history. */
import { z } from 'zod';
import { SUPERVISION_LEVELS, SUPERVISION_STATUSES } from '../enums.js';
import { DateText, OptionalText, PageQuery, VersionField } from '../shared.contract.js';

const RequiredText = (max: number) => z.string().trim().min(1).max(max);

/** 督办等级 defaults to 一般督办; 黄牌 and 红牌 are the office's escalations. */
export const SupervisionOrderCreate = z.strictObject({ reason: RequiredText(2000), replyBy: DateText, level: z.enum(SUPERVISION_LEVELS).default('normal') });
export type SupervisionOrderCreate = z.infer<typeof SupervisionOrderCreate>;
export type SupervisionOrderCreateInput = z.input<typeof SupervisionOrderCreate>;

export const SupervisionOrderListQuery = z.strictObject({
  status: z.enum(SUPERVISION_STATUSES).optional(),
  /** A department id or any of its names (市发改委 = 市发展改革委). */
  department: z.string().max(100).optional(),
  item: z.coerce.number().int().positive().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  ...PageQuery,
});
export type SupervisionOrderListQuery = z.infer<typeof SupervisionOrderListQuery>;

/** 承办联系人: whom the office calls about the order, named by the department as it signs. */
const OrderContactInput = z.strictObject({
  name: RequiredText(50),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{5,30}$/),
});

/** Signing needs no form; a client that sends the version it saw gets STALE_VERSION if the order moved on. */
export const SupervisionOrderAcknowledge = z.strictObject({ version: VersionField.optional(), contact: OrderContactInput.optional() }).nullish();
export type SupervisionOrderAcknowledge = z.infer<typeof SupervisionOrderAcknowledge>;
export type SupervisionOrderAcknowledgeInput = z.input<typeof SupervisionOrderAcknowledge>;

export const SupervisionOrderAnswer = z.strictObject({ version: VersionField, answer: RequiredText(5000) });
export type SupervisionOrderAnswer = z.infer<typeof SupervisionOrderAnswer>;
export type SupervisionOrderAnswerInput = z.input<typeof SupervisionOrderAnswer>;

/** Returning asks for a better answer, so it must say what is missing. */
export const SupervisionOrderReturn = z.strictObject({ version: VersionField, comment: RequiredText(2000) });
export type SupervisionOrderReturn = z.infer<typeof SupervisionOrderReturn>;
export type SupervisionOrderReturnInput = z.input<typeof SupervisionOrderReturn>;

export const SupervisionOrderClose = z.strictObject({ version: VersionField, comment: OptionalText(2000).optional() });
export type SupervisionOrderClose = z.infer<typeof SupervisionOrderClose>;
export type SupervisionOrderCloseInput = z.input<typeof SupervisionOrderClose>;

/** Who took a step: the account's id and display name (`#id` once the account is gone). */
export const StepActor = z.object({ id: z.number().int(), displayName: z.string() }).meta({ id: 'SupervisionStepActor' });
export type StepActor = z.infer<typeof StepActor>;

/** The item a supervision record is about. */
export const SupervisedItem = z.object({ id: z.number().int(), code: z.string(), title: z.string() });

/** The item's lead department, as the supervision lists show it. */
export const LeadDepartment = z.object({ id: z.number().int(), name: z.string().nullable(), shortName: z.string().nullable() });

/** What an order's history records: the issue, then each step of the workflow. */
export const SUPERVISION_EVENT_ACTIONS = ['issue', 'acknowledge', 'answer', 'return', 'close'] as const;
export type SupervisionEventAction = (typeof SUPERVISION_EVENT_ACTIONS)[number];

/** One step of an order's history: who did what, when, and what they wrote. */
export const SupervisionOrderEvent = z
  .object({
    action: z.enum(SUPERVISION_EVENT_ACTIONS),
    fromStatus: z.enum(SUPERVISION_STATUSES).nullable(),
    toStatus: z.enum(SUPERVISION_STATUSES),
    actor: StepActor.nullable(),
    at: z.string(),
    text: z.string().nullable(),
  })
  .meta({ id: 'SupervisionOrderEvent' });
export type SupervisionOrderEvent = z.infer<typeof SupervisionOrderEvent>;

/** A supervision order with what the caller may do with it now; `history` on the order's own page only. */
export const SupervisionOrder = z
  .object({
    id: z.number().int(),
    code: z.string().describe('督办〔2024〕3号'),
    item: SupervisedItem,
    leadDepartment: LeadDepartment.nullable(),
    reason: z.string(),
    level: z.enum(SUPERVISION_LEVELS),
    levelLabel: z.string().describe('一般督办 / 黄牌督办 / 红牌督办'),
    replyBy: z.string().describe('反馈期限 YYYY-MM-DD'),
    contact: z
      .object({ name: z.string(), phone: z.string().nullable().describe('只给需要打电话联系的角色，其余为 null') })
      .nullable()
      .describe('承办联系人，部门签收时填写'),
    status: z.enum(SUPERVISION_STATUSES),
    statusLabel: z.string(),
    isOverdue: z.boolean().describe('已过反馈期限且未办结'),
    issuedBy: StepActor.nullable(),
    issuedAt: z.string(),
    acknowledgedBy: StepActor.nullable(),
    acknowledgedAt: z.string().nullable(),
    answer: z.string().nullable(),
    answeredBy: StepActor.nullable(),
    answeredAt: z.string().nullable(),
    reviewComment: z.string().nullable(),
    closedBy: StepActor.nullable(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
    history: z.array(SupervisionOrderEvent).optional().describe('办理过程，仅在单个督办单的详情中'),
    policies: z.object({ canAcknowledge: z.boolean(), canAnswer: z.boolean(), canReturn: z.boolean(), canClose: z.boolean() }),
  })
  .meta({ id: 'SupervisionOrder' });
export type SupervisionOrder = z.infer<typeof SupervisionOrder>;

export const SupervisionOrderPage = z.object({
  supervisionOrders: z.array(SupervisionOrder),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  policies: z.object({ canIssue: z.boolean() }),
});
export type SupervisionOrderPage = z.infer<typeof SupervisionOrderPage>;

export const OneSupervisionOrder = z.object({ supervisionOrder: SupervisionOrder });
export type OneSupervisionOrder = z.infer<typeof OneSupervisionOrder>;
