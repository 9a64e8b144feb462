import type { Db } from '../db/database.js';
import { findPendingMigrations } from '../db/migrate.js';
import { pingDatabase } from './health.repository.js';

export interface Readiness {
  isReady: boolean;
  details: { reason?: 'database_unavailable' | 'migrations_pending'; pendingMigrations?: string[] };
}

const PROBE_TIMEOUT_MS = 3000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('readiness probe timed out')), PROBE_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Ready to serve: the database answers (within a few seconds) and has every migration of this build. */
export async function checkReadiness(db: Db): Promise<Readiness> {
  let pending: string[];
  try {
    pending = await withTimeout(
      (async () => {
        await pingDatabase(db);
        return findPendingMigrations(db);
      })(),
    );
  } catch {
    return { isReady: false, details: { reason: 'database_unavailable' } };
  }
  if (pending.length > 0) return { isReady: false, details: { reason: 'migrations_pending', pendingMigrations: pending } };
  return { isReady: true, details: {} };
}
