import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { fetchRoadmap, fetchRoadmapCell, roadmapKeys } from '../api/roadmap.api';

/** GET /api/dashboard/roadmap — the plan's areas × one year's quarters, counts only. */
export function useRoadmap(year: number | undefined) {
  return useQuery({ queryKey: roadmapKeys.year(year), queryFn: ({ signal }) => fetchRoadmap(year, signal), placeholderData: keepPreviousData });
}

/** GET /api/dashboard/roadmap/cell — a cell's milestones, fetched when the cell is opened, a page at a time. */
export function useRoadmapCell(area: string, period: string) {
  return useInfiniteQuery({
    queryKey: roadmapKeys.cell(area, period),
    queryFn: ({ signal, pageParam }) => fetchRoadmapCell(area, period, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}
