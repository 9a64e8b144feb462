import { PendingFeaturePage } from './PendingFeaturePage';

/** Being built: replaced by the real page. */
export function DepartmentsPage() {
  return <PendingFeaturePage feature="departments" />;
}
