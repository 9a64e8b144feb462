import type { SupervisionStatus } from '@plantrack/contract/enums';
import type {
  OneSupervisionOrder,
  SupervisionOrder,
  SupervisionOrderAcknowledgeInput,
  SupervisionOrderAnswerInput,
  SupervisionOrderCloseInput,
  SupervisionOrderCreateInput,
  SupervisionOrderPage,
  SupervisionOrderReturnInput,
} from '@plantrack/contract/supervision/supervision-orders.contract';
import { apiRequest } from '../../../shared/api/api-client';

export interface SupervisionOrderListParams {
  status?: SupervisionStatus;
  /** A department id or name. */
  department?: string;
  item?: number;
  overdue?: 'true' | 'false';
  page?: number;
  pageSize?: number;
}

export const supervisionOrderKeys = {
  all: ['supervision-orders'] as const,
  list: (params: SupervisionOrderListParams) => ['supervision-orders', 'list', params] as const,
  detail: (id: number) => ['supervision-orders', 'detail', id] as const,
};

export async function fetchSupervisionOrders(params: SupervisionOrderListParams, signal?: AbortSignal): Promise<SupervisionOrderPage> {
  return apiRequest<SupervisionOrderPage>('/api/supervision-orders', { query: { ...params }, signal });
}

export async function fetchSupervisionOrder(id: number, signal?: AbortSignal): Promise<SupervisionOrder> {
  return (await apiRequest<OneSupervisionOrder>(`/api/supervision-orders/${id}`, { signal })).supervisionOrder;
}

export async function issueSupervisionOrder(itemId: number, input: SupervisionOrderCreateInput): Promise<SupervisionOrder> {
  return (await apiRequest<OneSupervisionOrder>(`/api/items/${itemId}/supervision-orders`, { method: 'POST', body: input })).supervisionOrder;
}

/** The steps after issuing; each names the version the user saw. */
export type SupervisionStep =
  | ({ action: 'acknowledge'; version: number } & NonNullable<SupervisionOrderAcknowledgeInput>)
  | ({ action: 'answer' } & SupervisionOrderAnswerInput)
  | ({ action: 'return' } & SupervisionOrderReturnInput)
  | ({ action: 'close' } & SupervisionOrderCloseInput);

export async function takeSupervisionStep(id: number, { action, ...body }: SupervisionStep): Promise<SupervisionOrder> {
  return (await apiRequest<OneSupervisionOrder>(`/api/supervision-orders/${id}/${action}`, { method: 'POST', body })).supervisionOrder;
}
