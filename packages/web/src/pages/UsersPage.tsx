import { PendingFeaturePage } from './PendingFeaturePage';

/** Being built: replaced by the real page. */
export function UsersPage() {
  return <PendingFeaturePage feature="users" />;
}
