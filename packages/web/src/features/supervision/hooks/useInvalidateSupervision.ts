import { useQueryClient } from '@tanstack/react-query';
import { itemKeys } from '../../items/api/items.api';
import { extensionRequestKeys } from '../api/extension-requests.api';
import { instructionKeys } from '../api/instructions.api';
import { supervisionOrderKeys } from '../api/supervision-orders.api';

/** After a supervision step: orders, requests and instructions; an approved extension moves the item's deadline. */
export function useInvalidateSupervision() {
  const queryClient = useQueryClient();
  return (itemId?: number) => {
    void queryClient.invalidateQueries({ queryKey: supervisionOrderKeys.all });
    void queryClient.invalidateQueries({ queryKey: extensionRequestKeys.all });
    if (itemId !== undefined) {
      void queryClient.invalidateQueries({ queryKey: instructionKeys.ofItem(itemId) });
      void queryClient.invalidateQueries({ queryKey: itemKeys.detail(itemId) });
    }
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  };
}
