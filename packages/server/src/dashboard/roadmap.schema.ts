import { z } from 'zod';

/** `year` of the plan to lay out by quarter; without it, the current year kept inside the plan's years. */
export const RoadmapQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type RoadmapQuery = z.infer<typeof RoadmapQuery>;
