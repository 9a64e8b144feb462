import type { ExtensionStatus } from '@plantrack/contract/enums';
import type {
  ExtensionApproveInput,
  ExtensionRejectInput,
  ExtensionRequest,
  ExtensionRequestCreateInput,
  ExtensionRequestPage,
  ItemExtensionRequests,
  OneExtensionRequest,
} from '@plantrack/contract/supervision/extension-requests.contract';
import { apiRequest } from '../../../shared/api/api-client';

export interface ExtensionRequestListParams {
  status?: ExtensionStatus;
  department?: string;
  page?: number;
  pageSize?: number;
}

export const extensionRequestKeys = {
  all: ['extension-requests'] as const,
  list: (params: ExtensionRequestListParams) => ['extension-requests', 'list', params] as const,
  ofItem: (itemId: number) => ['extension-requests', 'item', itemId] as const,
};

export async function fetchExtensionRequests(params: ExtensionRequestListParams, signal?: AbortSignal): Promise<ExtensionRequestPage> {
  return apiRequest<ExtensionRequestPage>('/api/extension-requests', { query: { ...params }, signal });
}

export async function fetchItemExtensionRequests(itemId: number, signal?: AbortSignal): Promise<ItemExtensionRequests> {
  return apiRequest<ItemExtensionRequests>(`/api/items/${itemId}/extension-requests`, { signal });
}

export async function requestExtension(itemId: number, input: ExtensionRequestCreateInput): Promise<ExtensionRequest> {
  return (await apiRequest<OneExtensionRequest>(`/api/items/${itemId}/extension-requests`, { method: 'POST', body: input })).extensionRequest;
}

export type ExtensionDecision = ({ decision: 'approve' } & ExtensionApproveInput) | ({ decision: 'reject' } & ExtensionRejectInput);

export async function decideExtensionRequest(id: number, { decision, ...body }: ExtensionDecision): Promise<ExtensionRequest> {
  return (await apiRequest<OneExtensionRequest>(`/api/extension-requests/${id}/${decision}`, { method: 'POST', body })).extensionRequest;
}
