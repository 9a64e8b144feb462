import { computeDepartmentScore, periodEndDate, rankDepartments, rankPoints, roundTo, todayInShanghai } from '@plantrack/domain';
import type { DepartmentScoreSettings, RankPointsSettings } from '@plantrack/domain';
import type { Evaluation } from '../schedule/evaluate-items.js';

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
interface RankFact {
  indicatorId: number;
  provincialRank: number | null;
  leadDepartmentId: number | null;
}

/**
 * 争先进位 points of a department: for each of its indicators, the latest provincial rank turned into
 * points (1st full marks, each place lower 5% less), averaged. Null where no rank is known.
 */
function indicatorRankPoints(ranks: readonly RankFact[], settings: RankPointsSettings): number | null {
  const latest = new Map<number, number>();
  for (const fact of ranks) if (fact.provincialRank !== null) latest.set(fact.indicatorId, fact.provincialRank);
  if (latest.size === 0) return null;
  const points = [...latest.values()].map((rank) => rankPoints(rank, 100, settings));
  return roundTo(points.reduce((sum, p) => sum + p, 0) / points.length);
}

export function rankDepartmentsFor(
  evaluation: Evaluation,
  orders: readonly OrderFact[],
  ranks: readonly RankFact[],
  settings: { departmentScore: DepartmentScoreSettings; rankPoints: RankPointsSettings },
) {
  const departments = new Map<number, string>();
  for (const { item } of evaluation.items) if (item.leadDepartmentId !== null) departments.set(item.leadDepartmentId, item.leadDepartmentShortName ?? '');
  // Grouped once by lead department: a filter per department would cost departments × items.
  const itemsOf = groupBy(evaluation.items, ({ item }) => item.leadDepartmentId);
  const ordersOf = groupBy(orders, (order) => order.leadDepartmentId);
  const ranksOf = groupBy(ranks, (fact) => fact.leadDepartmentId);
  const asOf = [periodEndDate(evaluation.period), evaluation.today].sort()[0]!;
  const scores = [...departments].map(([departmentId, name]) => {
    const own = itemsOf.get(departmentId) ?? [];
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
        supervisionOrders: (ordersOf.get(departmentId) ?? []).map((order) => ({
          replyBy: order.replyBy,
          isClosed: order.status === 'closed',
          closedOn: order.closedAt ? todayInShanghai(new Date(order.closedAt)) : null,
        })),
      },
      asOf,
      settings.departmentScore,
    );
    return {
      ...score,
      departmentId,
      name,
      itemCount: own.length,
      indicatorRankPoints: indicatorRankPoints(ranksOf.get(departmentId) ?? [], settings.rankPoints),
    };
  });
  return rankDepartments(scores);
}

function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
