import * as z from 'zod/mini';
import { SCHEDULE_STATUSES } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import { apiRequest } from '../../../shared/api/api-client';
import { LedgerKind } from '../../../shared/api/schemas';

export const CHAIN_LINKS = ['leader', 'leadDepartment', 'section', 'staff'] as const;
export type ChainLink = (typeof CHAIN_LINKS)[number];

export const PILOT_LEVELS = ['national', 'provincial', 'city'] as const;
export const PILOT_STAGES = ['planning', 'applying', 'under_review', 'approved', 'rejected', 'built'] as const;

const DepartmentBrief = z.object({ id: z.number(), name: z.nullish(z.string()), shortName: z.nullish(z.string()) });

export const Responsibility = z.object({
  leader: z.nullable(z.object({ id: z.number(), name: z.nullish(z.string()), title: z.nullish(z.string()) })),
  leadDepartment: z.nullable(z.extend(DepartmentBrief, { source: z.nullish(z.string()) })),
  coDepartments: z.array(DepartmentBrief),
  section: z.nullable(z.object({ id: z.number(), name: z.nullish(z.string()) })),
  staff: z.nullable(z.object({ id: z.number(), name: z.nullish(z.string()), phone: z.nullish(z.string()) })),
  isComplete: z.boolean(),
  gaps: z.array(z.enum(CHAIN_LINKS)),
});
export type Responsibility = z.infer<typeof Responsibility>;

/** The item's computed schedule status for a quarter (the asOf quarter), with its one-sentence reason. */
export const ItemSchedule = z.object({
  period: z.string(),
  status: z.enum(SCHEDULE_STATUSES),
  statusLabel: z.string(),
  colour: z.enum(['green', 'yellow', 'red', 'grey']),
  planned: z.nullable(z.number()),
  actual: z.nullable(z.number()),
  gap: z.nullable(z.number()),
  reasonZh: z.string(),
  reasonEn: z.string(),
});
export type ItemSchedule = z.infer<typeof ItemSchedule>;

export const Item = z.object({
  id: z.number(),
  code: z.string(),
  title: z.string(),
  measures: z.nullable(z.string()),
  targets: z.nullable(z.string()),
  yearKeyWork: z.nullable(z.string()),
  deadlineText: z.nullable(z.string()),
  deadline: z.nullable(z.string()),
  startDate: z.nullable(z.string()),
  sourceClause: z.nullable(z.string()),
  provinceText: z.nullable(z.string()),
  citySource: z.nullable(z.string()),
  remarks: z.nullable(z.string()),
  area: z.nullable(z.object({ id: z.number(), code: z.string(), numeral: z.nullish(z.string()), title: z.string() })),
  ledgers: z.array(LedgerKind),
  responsibility: Responsibility,
  pilot: z.nullable(z.object({ level: z.nullable(z.enum(PILOT_LEVELS)), stage: z.nullable(z.enum(PILOT_STAGES)), stageDate: z.nullable(z.string()) })),
  isPublic: z.boolean(),
  isSample: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
  schedule: z.nullish(ItemSchedule),
  policies: z.object({ canEdit: z.boolean(), canEditPlans: z.boolean(), canDelete: z.boolean() }),
});
export type Item = z.infer<typeof Item>;

export interface ItemListParams {
  ledger?: LedgerKind;
  area?: string;
  department?: string;
  leader?: number;
  q?: string;
  chain?: 'incomplete';
  status?: ScheduleStatus;
  asOf?: string;
  sort?: 'code' | 'title' | 'deadline' | 'updatedAt';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

const ItemPage = z.object({ items: z.array(Item), total: z.number(), page: z.number(), pageSize: z.number() });
export type ItemPage = z.infer<typeof ItemPage>;

/** The fields hq may change on an item (PATCH /api/items/:id); `version` guards against lost updates. */
export interface ItemPatch {
  version: number;
  title?: string;
  measures?: string | null;
  targets?: string | null;
  yearKeyWork?: string | null;
  deadlineText?: string | null;
  deadline?: string | null;
  sourceClause?: string | null;
  provinceText?: string | null;
  citySource?: string | null;
  remarks?: string | null;
  isPublic?: boolean;
  leaderPersonId?: number | null;
  leadDepartmentId?: number | null;
  coDepartmentIds?: number[];
  sectionId?: number | null;
  staffPersonId?: number | null;
}

export const itemKeys = {
  all: ['items'] as const,
  list: (params: ItemListParams) => ['items', 'list', params] as const,
  detail: (id: number) => ['items', 'detail', id] as const,
};

export async function fetchItems(params: ItemListParams, signal?: AbortSignal): Promise<ItemPage> {
  return apiRequest('/api/items', { query: { ...params }, schema: ItemPage, signal });
}

export async function fetchItem(id: number, signal?: AbortSignal): Promise<Item> {
  return (await apiRequest(`/api/items/${id}`, { schema: z.object({ item: Item }), signal })).item;
}

export async function updateItem(id: number, patch: ItemPatch): Promise<Item> {
  return (await apiRequest(`/api/items/${id}`, { method: 'PATCH', body: patch, schema: z.object({ item: Item }) })).item;
}
