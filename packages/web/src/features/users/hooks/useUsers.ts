import { useQuery } from '@tanstack/react-query';
import { fetchUsers, userKeys } from '../api/users.api';

/** GET /api/users — the accounts, what the caller may do, the departments an account may belong to. */
export function useUsers() {
  return useQuery({ queryKey: userKeys.all, queryFn: ({ signal }) => fetchUsers(signal) });
}
