import { SCHEDULE_STATUSES } from '@plantrack/domain';
import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';

const PublicStatus = z.nullable(
  z.object({
    status: z.enum(SCHEDULE_STATUSES),
    statusLabel: z.string(),
    colour: z.enum(['green', 'yellow', 'red', 'grey']),
    reasonZh: z.string(),
    reasonEn: z.string(),
  }),
);

export const PublicProgress = z.object({
  organisation: z.object({ name: z.string() }),
  plan: z.object({ title: z.string(), shortTitle: z.nullable(z.string()), startYear: z.number(), endYear: z.number(), isSample: z.boolean() }),
  period: z.string(),
  areas: z.array(z.object({ id: z.number(), code: z.string(), numeral: z.string(), title: z.string() })),
  items: z.array(
    z.object({
      id: z.number(),
      areaId: z.nullable(z.number()),
      code: z.string(),
      title: z.string(),
      targets: z.nullable(z.string()),
      deadlineText: z.nullable(z.string()),
      leadDepartment: z.nullable(z.string()),
      schedule: PublicStatus,
    }),
  ),
  indicators: z.array(
    z.object({
      id: z.number(),
      itemId: z.number(),
      name: z.string(),
      unit: z.nullable(z.string()),
      baselineYear: z.nullable(z.number()),
      baselineValue: z.nullable(z.string()),
      targetYear: z.nullable(z.number()),
      target: z.nullable(z.string()),
      schedule: PublicStatus,
    }),
  ),
});
export type PublicProgress = z.infer<typeof PublicProgress>;

/** GET /api/public/progress — no session: the public items only. */
export function fetchPublicProgress(signal?: AbortSignal): Promise<PublicProgress> {
  return apiRequest('/api/public/progress', { schema: PublicProgress, signal });
}
