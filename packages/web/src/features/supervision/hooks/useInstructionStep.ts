import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InstructionStep } from '../api/instructions.api';
import { instructionKeys, takeInstructionStep } from '../api/instructions.api';

/** POST /api/instructions/:id/{acknowledge|feedback} — the lead department's 阅办 or 落实反馈; every 批示 list may change. */
export function useInstructionStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, step }: { id: number; step: InstructionStep }) => takeInstructionStep(id, step),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: instructionKeys.all }),
  });
}
