import { Navigate } from 'react-router-dom';
import { useSignedInUser } from '../../features/auth/hooks/useSignedInUser';
import { homePathFor } from '../navigation';

/** `/` sends each role to the first thing its menu offers. */
export function HomeRedirect() {
  const user = useSignedInUser();
  return <Navigate to={homePathFor(user.role)} replace />;
}
