import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';
import { StepActor } from './supervision-orders.api';

export const EXTENSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/** An extension request (延期申请) with what the caller may decide. */
export const ExtensionRequest = z.object({
  id: z.number(),
  item: z.object({ id: z.number(), code: z.string(), title: z.string() }),
  leadDepartment: z.nullable(z.object({ id: z.number(), name: z.nullish(z.string()), shortName: z.nullish(z.string()) })),
  currentDeadline: z.nullable(z.string()),
  requestedDeadline: z.string(),
  reason: z.string(),
  status: z.enum(EXTENSION_STATUSES),
  requestedBy: z.nullable(StepActor),
  requestedAt: z.string(),
  decidedBy: z.nullable(StepActor),
  decidedAt: z.nullable(z.string()),
  decisionComment: z.nullable(z.string()),
  version: z.number(),
  updatedAt: z.string(),
  policies: z.object({ canApprove: z.boolean(), canReject: z.boolean() }),
});
export type ExtensionRequest = z.infer<typeof ExtensionRequest>;

export interface ExtensionRequestListParams {
  status?: ExtensionStatus;
  department?: string;
  page?: number;
  pageSize?: number;
}

const ExtensionRequestPage = z.object({ extensionRequests: z.array(ExtensionRequest), total: z.number(), page: z.number(), pageSize: z.number() });
export type ExtensionRequestPage = z.infer<typeof ExtensionRequestPage>;

const ItemExtensionRequests = z.object({ extensionRequests: z.array(ExtensionRequest), policies: z.object({ canRequestExtension: z.boolean() }) });
export type ItemExtensionRequests = z.infer<typeof ItemExtensionRequests>;

const OneRequest = z.object({ extensionRequest: ExtensionRequest });

export const extensionRequestKeys = {
  all: ['extension-requests'] as const,
  list: (params: ExtensionRequestListParams) => ['extension-requests', 'list', params] as const,
  ofItem: (itemId: number) => ['extension-requests', 'item', itemId] as const,
};

export async function fetchExtensionRequests(params: ExtensionRequestListParams, signal?: AbortSignal): Promise<ExtensionRequestPage> {
  return apiRequest('/api/extension-requests', { query: { ...params }, schema: ExtensionRequestPage, signal });
}

export async function fetchItemExtensionRequests(itemId: number, signal?: AbortSignal): Promise<ItemExtensionRequests> {
  return apiRequest(`/api/items/${itemId}/extension-requests`, { schema: ItemExtensionRequests, signal });
}

export async function requestExtension(itemId: number, input: { requestedDeadline: string; reason: string }): Promise<ExtensionRequest> {
  return (await apiRequest(`/api/items/${itemId}/extension-requests`, { method: 'POST', body: input, schema: OneRequest })).extensionRequest;
}

export type ExtensionDecision = { decision: 'approve'; version: number; comment?: string } | { decision: 'reject'; version: number; comment: string };

export async function decideExtensionRequest(id: number, { decision, ...body }: ExtensionDecision): Promise<ExtensionRequest> {
  return (await apiRequest(`/api/extension-requests/${id}/${decision}`, { method: 'POST', body, schema: OneRequest })).extensionRequest;
}
