import { useQuery } from '@tanstack/react-query';
import { fetchSections, organisationKeys } from '../api/organisation.api';

/** GET /api/departments/:id/sections — the sections (科室) of a department. */
export function useSections(departmentId: number | null | undefined) {
  return useQuery({
    queryKey: organisationKeys.sections(departmentId ?? 0),
    queryFn: ({ signal }) => fetchSections(departmentId ?? 0, signal),
    enabled: Boolean(departmentId),
  });
}
