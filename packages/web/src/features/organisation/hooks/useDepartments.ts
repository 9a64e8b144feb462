import { useQuery } from '@tanstack/react-query';
import { fetchDepartments, organisationKeys } from '../api/organisation.api';

/** GET /api/departments — for filters and pickers. */
export function useDepartments(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: organisationKeys.departments, queryFn: ({ signal }) => fetchDepartments(signal), staleTime: 5 * 60_000, ...options });
}
