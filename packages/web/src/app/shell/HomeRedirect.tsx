import { Navigate, useLocation } from 'react-router-dom';
import { useSignedInUser } from '../../features/auth/hooks/useSignedInUser';
import { homePathFor } from '../navigation';

/** `/` sends each role to the first thing its menu offers, keeping what the address asked for (`/?asOf=2024Q2`). */
export function HomeRedirect() {
  const user = useSignedInUser();
  const { search } = useLocation();
  return <Navigate to={{ pathname: homePathFor(user.role), search }} replace />;
}
