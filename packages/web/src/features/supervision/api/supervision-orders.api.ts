import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';

export const SUPERVISION_STATUSES = ['issued', 'acknowledged', 'answered', 'returned', 'closed'] as const;
export type SupervisionStatus = (typeof SUPERVISION_STATUSES)[number];

export const SUPERVISION_LEVELS = ['normal', 'yellow', 'red'] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

export const SUPERVISION_ACTIONS = ['issue', 'acknowledge', 'answer', 'return', 'close'] as const;

export const StepActor = z.object({ id: z.number(), displayName: z.string() });
export type StepActor = z.infer<typeof StepActor>;

const DepartmentBrief = z.object({ id: z.number(), name: z.nullish(z.string()), shortName: z.nullish(z.string()) });

/** One step of an order's history: who did what, when, and what they wrote. */
export const SupervisionOrderEvent = z.object({
  action: z.enum(SUPERVISION_ACTIONS),
  fromStatus: z.nullable(z.enum(SUPERVISION_STATUSES)),
  toStatus: z.enum(SUPERVISION_STATUSES),
  actor: z.nullable(StepActor),
  at: z.string(),
  text: z.nullable(z.string()),
});
export type SupervisionOrderEvent = z.infer<typeof SupervisionOrderEvent>;

/** A supervision order (督办单) with what the caller may do with it now; `history` on the order's own page only. */
export const SupervisionOrder = z.object({
  id: z.number(),
  code: z.string(),
  item: z.object({ id: z.number(), code: z.string(), title: z.string() }),
  leadDepartment: z.nullable(DepartmentBrief),
  reason: z.string(),
  level: z.enum(SUPERVISION_LEVELS),
  replyBy: z.string(),
  /** 承办联系人, named by the department as it signs; the phone only for those who may call people. */
  contact: z.nullable(z.object({ name: z.string(), phone: z.nullable(z.string()) })),
  status: z.enum(SUPERVISION_STATUSES),
  isOverdue: z.boolean(),
  issuedBy: z.nullable(StepActor),
  issuedAt: z.string(),
  acknowledgedBy: z.nullable(StepActor),
  acknowledgedAt: z.nullable(z.string()),
  answer: z.nullable(z.string()),
  answeredBy: z.nullable(StepActor),
  answeredAt: z.nullable(z.string()),
  reviewComment: z.nullable(z.string()),
  closedBy: z.nullable(StepActor),
  closedAt: z.nullable(z.string()),
  version: z.number(),
  updatedAt: z.string(),
  history: z.optional(z.array(SupervisionOrderEvent)),
  policies: z.object({ canAcknowledge: z.boolean(), canAnswer: z.boolean(), canReturn: z.boolean(), canClose: z.boolean() }),
});
export type SupervisionOrder = z.infer<typeof SupervisionOrder>;

export interface SupervisionOrderListParams {
  status?: SupervisionStatus;
  /** A department id or name. */
  department?: string;
  item?: number;
  overdue?: 'true' | 'false';
  page?: number;
  pageSize?: number;
}

const SupervisionOrderPage = z.object({
  supervisionOrders: z.array(SupervisionOrder),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  policies: z.object({ canIssue: z.boolean() }),
});
export type SupervisionOrderPage = z.infer<typeof SupervisionOrderPage>;

const OneOrder = z.object({ supervisionOrder: SupervisionOrder });

export const supervisionOrderKeys = {
  all: ['supervision-orders'] as const,
  list: (params: SupervisionOrderListParams) => ['supervision-orders', 'list', params] as const,
  detail: (id: number) => ['supervision-orders', 'detail', id] as const,
};

export async function fetchSupervisionOrders(params: SupervisionOrderListParams, signal?: AbortSignal): Promise<SupervisionOrderPage> {
  return apiRequest('/api/supervision-orders', { query: { ...params }, schema: SupervisionOrderPage, signal });
}

export async function fetchSupervisionOrder(id: number, signal?: AbortSignal): Promise<SupervisionOrder> {
  return (await apiRequest(`/api/supervision-orders/${id}`, { schema: OneOrder, signal })).supervisionOrder;
}

export async function issueSupervisionOrder(itemId: number, input: IssueInput): Promise<SupervisionOrder> {
  return (await apiRequest(`/api/items/${itemId}/supervision-orders`, { method: 'POST', body: input, schema: OneOrder })).supervisionOrder;
}

export interface IssueInput {
  reason: string;
  replyBy: string;
  level: SupervisionLevel;
}

export interface OrderContact {
  name: string;
  phone: string;
}

/** The steps after issuing; each names the version the user saw. */
export type SupervisionStep =
  | { action: 'acknowledge'; version: number; contact?: OrderContact }
  | { action: 'answer'; version: number; answer: string }
  | { action: 'return'; version: number; comment: string }
  | { action: 'close'; version: number; comment?: string };

export async function takeSupervisionStep(id: number, { action, ...body }: SupervisionStep): Promise<SupervisionOrder> {
  return (await apiRequest(`/api/supervision-orders/${id}/${action}`, { method: 'POST', body, schema: OneOrder })).supervisionOrder;
}
