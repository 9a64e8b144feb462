import { useCurrentUser } from './useCurrentUser';
import type { CurrentUser } from '../api/auth.api';

/** The user inside the signed-in part of the app, where RequireAuth guarantees there is one. */
export function useSignedInUser(): CurrentUser {
  const { data } = useCurrentUser();
  if (!data) throw new Error('useSignedInUser used outside RequireAuth');
  return data;
}
