import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { cycleKeys, fetchCycleDepartments, remindDepartment, remindOverdueDepartments } from '../api/cycles.api';

/** GET /api/cycles/:id/departments — each department's 应报 / 已报 / 已审 / 未报 in the cycle. */
export function useCycleDepartments(cycleId: number | undefined) {
  return useQuery({
    queryKey: cycleKeys.departments(cycleId ?? 0),
    queryFn: ({ signal }) => fetchCycleDepartments(cycleId!, signal),
    enabled: cycleId !== undefined,
  });
}

/** POST /api/cycles/:id/departments/:departmentId/remind — 催报; the row then shows the new reminder. */
export function useRemindDepartment(cycleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (departmentId: number) => remindDepartment(cycleId, departmentId),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cycleKeys.departments(cycleId) }),
  });
}

/** POST /api/cycles/:id/remind-overdue — 催报 of every overdue department at once. */
export function useRemindOverdueDepartments(cycleId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => remindOverdueDepartments(cycleId),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: cycleKeys.departments(cycleId) }),
  });
}
