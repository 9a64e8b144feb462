import type { Item, ItemListParams, ItemPage, ItemPatchInput, OneItem } from '@plantrack/contract/items/items.contract';
import { apiRequest } from '../../../shared/api/api-client';

export const itemKeys = {
  all: ['items'] as const,
  list: (params: ItemListParams) => ['items', 'list', params] as const,
  detail: (id: number) => ['items', 'detail', id] as const,
};

export async function fetchItems(params: ItemListParams, signal?: AbortSignal): Promise<ItemPage> {
  return apiRequest<ItemPage>('/api/items', { query: { ...params }, signal });
}

export async function fetchItem(id: number, signal?: AbortSignal): Promise<Item> {
  return (await apiRequest<OneItem>(`/api/items/${id}`, { signal })).item;
}

export async function updateItem(id: number, patch: ItemPatchInput): Promise<Item> {
  return (await apiRequest<OneItem>(`/api/items/${id}`, { method: 'PATCH', body: patch })).item;
}
