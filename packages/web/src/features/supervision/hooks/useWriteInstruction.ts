import { useMutation, useQueryClient } from '@tanstack/react-query';
import { instructionKeys, writeInstruction } from '../api/instructions.api';

/** POST /api/items/:id/instructions — a city leader writes an instruction (批示). */
export function useWriteInstruction(itemId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => writeInstruction(itemId, text),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: instructionKeys.all }),
  });
}
