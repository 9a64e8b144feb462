import { useQuery } from '@tanstack/react-query';
import { fetchPeople, organisationKeys } from '../api/organisation.api';

/** GET /api/people?kind=staff&department=… — a department's staff, for the chain's last link. */
export function useStaff(departmentId: number | null | undefined) {
  return useQuery({
    queryKey: organisationKeys.people('staff', departmentId ?? undefined),
    queryFn: ({ signal }) => fetchPeople('staff', departmentId ?? undefined, signal),
    enabled: Boolean(departmentId),
  });
}
