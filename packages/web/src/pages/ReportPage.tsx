import { PendingFeaturePage } from './PendingFeaturePage';

/** Being built: one report (where a notification leads). */
export function ReportPage() {
  return <PendingFeaturePage feature="reporting" />;
}
