import { useQuery } from '@tanstack/react-query';
import { directoryKeys, fetchDirectorySections } from '../api/departments-admin.api';

/** GET /api/departments/:id/sections — with versions, for renaming. */
export function useDirectorySections(departmentId: number | null) {
  return useQuery({
    queryKey: directoryKeys.sections(departmentId ?? 0),
    queryFn: ({ signal }) => fetchDirectorySections(departmentId ?? 0, signal),
    enabled: departmentId !== null,
  });
}
