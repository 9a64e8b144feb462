import { useQuery } from '@tanstack/react-query';
import { fetchInstructions, instructionKeys } from '../api/instructions.api';

/** GET /api/items/:id/instructions — leaders' instructions on an item, newest first. */
export function useInstructions(itemId: number) {
  return useQuery({ queryKey: instructionKeys.ofItem(itemId), queryFn: ({ signal }) => fetchInstructions(itemId, signal) });
}
