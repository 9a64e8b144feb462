import { useQueryClient } from '@tanstack/react-query';
import { itemKeys } from '../../items/api/items.api';
import { reportKeys } from '../api/reports.api';
import { cycleKeys } from '../api/cycles.api';

/** After a report changes: lists, "what I owe", cycle counts and item statuses may all be different. */
export function useInvalidateReports() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: reportKeys.all });
    void queryClient.invalidateQueries({ queryKey: cycleKeys.all });
    void queryClient.invalidateQueries({ queryKey: itemKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
  };
}
