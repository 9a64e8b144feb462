import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { extensionRequestKeys, fetchExtensionRequests } from '../api/extension-requests.api';
import type { ExtensionRequestListParams } from '../api/extension-requests.api';

/** GET /api/extension-requests — the plan's extension requests (the office's queue: `status: 'pending'`). */
export function useExtensionRequests(params: ExtensionRequestListParams) {
  return useQuery({
    queryKey: extensionRequestKeys.list(params),
    queryFn: ({ signal }) => fetchExtensionRequests(params, signal),
    placeholderData: keepPreviousData,
  });
}
