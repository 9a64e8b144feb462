import { QueryClient } from '@tanstack/react-query';
import { authKeys } from '../features/auth/api/auth.api';
import { onUnauthenticated } from '../shared/api/api-client';
import { ApiError } from '../shared/api/api-error';

/** Client errors (403, 404, 409…) are answers, not glitches: only network and server failures are retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.isClientError) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  // An expired session anywhere sends the user to the login page (RequireAuth reacts to `me` = null).
  onUnauthenticated(() => {
    queryClient.setQueryData(authKeys.me, null);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
  });
  return queryClient;
}
