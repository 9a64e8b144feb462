import { useMutation, useQueryClient } from '@tanstack/react-query';
import { closeCycle, cycleKeys, openCycle, reopenCycle } from '../api/cycles.api';

function useRefreshCycles() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: cycleKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['reports'] });
  };
}

/** POST /api/cycles — opens a quarter for reporting with its deadline. */
export function useOpenCycle() {
  const onSuccess = useRefreshCycles();
  return useMutation({ mutationFn: openCycle, onSuccess });
}

/** POST /api/cycles/:id/close — locks the quarter. */
export function useCloseCycle() {
  const onSuccess = useRefreshCycles();
  return useMutation({ mutationFn: ({ id, version }: { id: number; version: number }) => closeCycle(id, version), onSuccess });
}

/** POST /api/cycles/:id/reopen — with the reason the audit log keeps. */
export function useReopenCycle() {
  const onSuccess = useRefreshCycles();
  return useMutation({
    mutationFn: ({ id, ...input }: { id: number; version: number; reason: string; deadline?: string }) => reopenCycle(id, input),
    onSuccess,
  });
}
