import { PendingFeaturePage } from './PendingFeaturePage';

/** Being built: replaced by the real page. */
export function SupervisionPage() {
  return <PendingFeaturePage feature="supervision" />;
}
