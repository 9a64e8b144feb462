import { useMutation } from '@tanstack/react-query';
import { uploadEvidence } from '../api/evidence.api';
import { useInvalidateReports } from './useInvalidateReports';

/** POST /api/reports/:id/evidence — one file at a time. */
export function useUploadEvidence(reportId: number) {
  const invalidate = useInvalidateReports();
  return useMutation({ mutationFn: (file: File) => uploadEvidence(reportId, file), onSuccess: invalidate });
}
