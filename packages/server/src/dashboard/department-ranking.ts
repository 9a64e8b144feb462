import { computeDepartmentScore, periodEndDate, rankDepartments, todayInShanghai } from '@plantrack/domain';
import type { DepartmentScoreSettings } from '@plantrack/domain';
import type { Evaluation } from './evaluate-items.js';

interface OrderFact {
  replyBy: string;
  status: string;
  closedAt: string | null;
  leadDepartmentId: number | null;
}

/**
 * Scores and ranks the departments answerable (as lead) for items in the period: share on schedule,
 * reports in by the deadline, the office's quality ratings, supervision orders handled in time.
 */
export function rankDepartmentsFor(evaluation: Evaluation, orders: readonly OrderFact[], settings: DepartmentScoreSettings) {
  const departments = new Map<number, string>();
  for (const { item } of evaluation.items) if (item.leadDepartmentId !== null) departments.set(item.leadDepartmentId, item.leadDepartmentShortName ?? '');
  const asOf = [periodEndDate(evaluation.period), evaluation.today].sort()[0]!;
  const scores = [...departments].map(([departmentId, name]) => {
    const own = evaluation.items.filter(({ item }) => item.leadDepartmentId === departmentId);
    const score = computeDepartmentScore(
      {
        departmentId: String(departmentId),
        statuses: own.map(({ result }) => result.status),
        reports: evaluation.cycle
          ? own.map(({ currentReport }) => ({
              deadline: evaluation.cycle!.deadline,
              submittedOn: currentReport?.submittedAt ? todayInShanghai(new Date(currentReport.submittedAt)) : null,
            }))
          : [],
        qualityRatings: own.flatMap(({ currentReport }) => (currentReport?.qualityRating ? [currentReport.qualityRating / 5] : [])),
        supervisionOrders: orders
          .filter((order) => order.leadDepartmentId === departmentId)
          .map((order) => ({
            replyBy: order.replyBy,
            isClosed: order.status === 'closed',
            closedOn: order.closedAt ? todayInShanghai(new Date(order.closedAt)) : null,
          })),
      },
      asOf,
      settings,
    );
    return { ...score, departmentId, name, itemCount: own.length };
  });
  return rankDepartments(scores);
}
