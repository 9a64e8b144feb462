import { useQuery } from '@tanstack/react-query';
import { authKeys, fetchCurrentUser } from '../api/auth.api';

/** GET /api/auth/session — `data` is null when nobody is signed in. */
export function useCurrentUser() {
  return useQuery({ queryKey: authKeys.me, queryFn: ({ signal }) => fetchCurrentUser(signal), staleTime: Infinity });
}
