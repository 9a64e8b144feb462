import { useQuery } from '@tanstack/react-query';
import { fetchOpenInstructions, openInstructionsKey } from '../api/instructions.api';

/** GET /api/instructions/open — the 批示 still waiting; only plan readers ask (`enabled`). */
export function useOpenInstructions(enabled: boolean) {
  return useQuery({ queryKey: openInstructionsKey, queryFn: ({ signal }) => fetchOpenInstructions(signal), enabled });
}
