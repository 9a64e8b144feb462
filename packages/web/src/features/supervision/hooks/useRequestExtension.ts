import type { ExtensionRequestCreateInput } from '@plantrack/contract/supervision/extension-requests.contract';
import { useMutation } from '@tanstack/react-query';
import { requestExtension } from '../api/extension-requests.api';
import { useInvalidateSupervision } from './useInvalidateSupervision';

/** POST /api/items/:id/extension-requests — the lead department asks for a later deadline. */
export function useRequestExtension(itemId: number) {
  const invalidate = useInvalidateSupervision();
  return useMutation({
    mutationFn: (input: ExtensionRequestCreateInput) => requestExtension(itemId, input),
    onSuccess: () => invalidate(itemId),
  });
}
