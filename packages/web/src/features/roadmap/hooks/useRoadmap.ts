import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchRoadmap, roadmapKeys } from '../api/roadmap.api';

/** GET /api/dashboard/roadmap — the plan's areas × one year's quarters. */
export function useRoadmap(year: number | undefined) {
  return useQuery({ queryKey: roadmapKeys.year(year), queryFn: ({ signal }) => fetchRoadmap(year, signal), placeholderData: keepPreviousData });
}
