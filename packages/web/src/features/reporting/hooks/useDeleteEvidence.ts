import { useMutation } from '@tanstack/react-query';
import { deleteEvidence } from '../api/evidence.api';
import { useInvalidateReports } from './useInvalidateReports';

/** DELETE /api/evidence/:id — only while the report can still be edited. */
export function useDeleteEvidence() {
  const invalidate = useInvalidateReports();
  return useMutation({ mutationFn: (id: number) => deleteEvidence(id), onSuccess: invalidate });
}
