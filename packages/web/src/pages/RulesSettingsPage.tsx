import { PendingFeaturePage } from './PendingFeaturePage';

/** Being built: replaced by the real page. */
export function RulesSettingsPage() {
  return <PendingFeaturePage feature="settings" />;
}
