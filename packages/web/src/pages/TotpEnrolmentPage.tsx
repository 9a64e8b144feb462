import { PendingFeaturePage } from './PendingFeaturePage';

/** Being built: enrolling an authenticator app when the role requires a second factor. */
export function TotpEnrolmentPage() {
  return <PendingFeaturePage feature="security" />;
}
