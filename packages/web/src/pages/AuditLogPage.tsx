import { PendingFeaturePage } from './PendingFeaturePage';

/** Being built: replaced by the real page. */
export function AuditLogPage() {
  return <PendingFeaturePage feature="audit" />;
}
