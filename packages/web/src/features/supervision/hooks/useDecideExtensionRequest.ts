import type { ExtensionRequest } from '@plantrack/contract/supervision/extension-requests.contract';
import { useMutation } from '@tanstack/react-query';
import { decideExtensionRequest } from '../api/extension-requests.api';
import type { ExtensionDecision } from '../api/extension-requests.api';
import { useInvalidateSupervision } from './useInvalidateSupervision';

/** POST /api/extension-requests/:id/{approve|reject} — approval moves the item's deadline. */
export function useDecideExtensionRequest() {
  const invalidate = useInvalidateSupervision();
  return useMutation({
    mutationFn: ({ request, decision }: { request: ExtensionRequest; decision: ExtensionDecision }) => decideExtensionRequest(request.id, decision),
    onSuccess: (request) => invalidate(request.item.id),
  });
}
