import { PendingFeaturePage } from './PendingFeaturePage';

/** Being built: replaced by the real page. */
export function SecuritySettingsPage() {
  return <PendingFeaturePage feature="security" />;
}
