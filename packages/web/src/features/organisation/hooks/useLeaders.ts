import { useQuery } from '@tanstack/react-query';
import { fetchPeople, organisationKeys } from '../api/organisation.api';

/** GET /api/people?kind=leader — the city leaders (分管市领导), for filters and pickers. */
export function useLeaders(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: organisationKeys.people('leader'),
    queryFn: ({ signal }) => fetchPeople('leader', undefined, signal),
    staleTime: 5 * 60_000,
    ...options,
  });
}
