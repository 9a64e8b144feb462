import { useQuery } from '@tanstack/react-query';
import { directoryKeys, fetchDirectoryDepartments } from '../api/departments-admin.api';

/** GET /api/departments — every department with aliases, section count, version and policies. */
export function useDirectoryDepartments() {
  return useQuery({ queryKey: directoryKeys.departments, queryFn: ({ signal }) => fetchDirectoryDepartments(signal) });
}
