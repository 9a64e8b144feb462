import { Suspense, lazy } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { PageLoading } from '../../../ui/PageLoading';
import { useCurrentUser } from '../hooks/useCurrentUser';

// Loaded only when needed: the error illustration is heavy and the first page must stay small.
const ErrorState = lazy(async () => ({ default: (await import('../../../ui/ErrorState')).ErrorState }));

export const CHANGE_PASSWORD_PATH = '/account/password';
export const TOTP_ENROLMENT_PATH = '/account/totp';

/** Renders its children for a signed-in user; anyone else goes to the login page and comes back after. */
export function RequireAuth({ children }: { children: React.ReactNode }) {
  const { data: user, isPending, error, refetch } = useCurrentUser();
  const location = useLocation();
  if (isPending) return <PageLoading fullScreen />;
  if (error)
    return (
      <Suspense fallback={<PageLoading fullScreen />}>
        <ErrorState error={error} onRetry={() => void refetch()} isPage />
      </Suspense>
    );
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  // A session that must change its password first may do nothing else (the server refuses it anyway).
  if (user.restriction === 'password_change' && location.pathname !== CHANGE_PASSWORD_PATH) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(next)}`} replace />;
  }
  // A role that requires a second factor: enrol one first (the server refuses everything else too).
  if (user.restriction === 'totp_enrolment' && location.pathname !== TOTP_ENROLMENT_PATH) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`${TOTP_ENROLMENT_PATH}?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}
