/** Public probes for load balancers and orchestrators. */
import { z } from 'zod';

const DatabaseKind = z.enum(['sqlite', 'postgres']);

export const Health = z.object({ status: z.literal('ok'), db: DatabaseKind, version: z.string() });
export const Liveness = z.object({ status: z.literal('ok'), version: z.string() });

/** Ready: the database answers and has every migration of this build; otherwise 503 with the reason. */
export const Readiness = z.object({
  status: z.enum(['ready', 'unavailable']),
  db: DatabaseKind,
  reason: z.enum(['database_unavailable', 'migrations_pending']).optional(),
  pendingMigrations: z.array(z.string()).optional(),
});
export type Readiness = z.infer<typeof Readiness>;
