import { useReports } from '../../reporting/hooks/useReports';

/** Submitted reports the office may review now (their cycle is open), oldest submission first. */
export function useReviewQueue() {
  const query = useReports({ state: 'submitted', pageSize: 200 });
  const reports = (query.data?.reports ?? [])
    .filter((report) => report.policies.canReview)
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  return { ...query, reports };
}
