import { PendingFeaturePage } from './PendingFeaturePage';

/** Being built: replaced by the real page. */
export function RoadmapPage() {
  return <PendingFeaturePage feature="roadmap" />;
}
