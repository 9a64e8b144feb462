import type { Migration, MigrationProvider } from 'kysely';
import { Migrator } from 'kysely';
import type { Db } from './database.js';
import * as foundation from './migrations/2026-11-26T00-00-foundation.js';
import * as reporting from './migrations/2026-11-26T01-00-reporting.js';
import * as supervisionHistory from './migrations/2026-11-26T02-00-supervision-history.js';
import * as userEmail from './migrations/2026-11-26T03-00-user-email.js';
import * as sessionCsrf from './migrations/2026-11-26T04-00-session-csrf.js';
import * as keyFingerprints from './migrations/2026-11-27T00-00-key-fingerprints.js';
import * as encryptPersonalData from './migrations/2026-11-27T01-00-encrypt-personal-data.js';
import * as auditChain from './migrations/2026-11-27T02-00-audit-chain.js';
import * as loginSecurity from './migrations/2026-11-28T00-00-login-security.js';
import * as queryIndexes from './migrations/2026-11-29T00-00-query-indexes.js';
import * as idempotencyKeys from './migrations/2026-11-30T00-00-idempotency-keys.js';
import * as listOrderIndex from './migrations/2026-12-01T00-00-list-order-index.js';
import * as milestoneBasis from './migrations/2026-12-07T00-00-milestone-basis.js';
import * as sampleDepartmentNames from './migrations/2026-12-07T01-00-sample-department-names.js';
import * as cycleReminders from './migrations/2026-12-07T05-00-cycle-reminders.js';
import * as instructionSteps from './migrations/2026-12-07T06-00-instruction-steps.js';
import * as indicatorRetirement from './migrations/2026-12-07T07-00-indicator-retirement.js';

/** Migrations are listed here (not read from disk) so the compiled build and tsx behave the same. */
const migrations: Record<string, Migration> = {
  '2026-11-26T00-00-foundation': foundation,
  '2026-11-26T01-00-reporting': reporting,
  '2026-11-26T02-00-supervision-history': supervisionHistory,
  '2026-11-26T03-00-user-email': userEmail,
  '2026-11-26T04-00-session-csrf': sessionCsrf,
  '2026-11-27T00-00-key-fingerprints': keyFingerprints,
  '2026-11-27T01-00-encrypt-personal-data': encryptPersonalData,
  '2026-11-27T02-00-audit-chain': auditChain,
  '2026-11-28T00-00-login-security': loginSecurity,
  '2026-11-29T00-00-query-indexes': queryIndexes,
  '2026-11-30T00-00-idempotency-keys': idempotencyKeys,
  '2026-12-01T00-00-list-order-index': listOrderIndex,
  '2026-12-07T00-00-milestone-basis': milestoneBasis,
  '2026-12-07T01-00-sample-department-names': sampleDepartmentNames,
  '2026-12-07T05-00-cycle-reminders': cycleReminders,
  '2026-12-07T06-00-instruction-steps': instructionSteps,
  '2026-12-07T07-00-indicator-retirement': indicatorRetirement,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'plantrack_migrations', migrationLockTableName: 'plantrack_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The migrations this build knows that the database has not applied yet (readiness, restore checks). */
export async function findPendingMigrations(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'plantrack_migrations', migrationLockTableName: 'plantrack_migrations_lock' });
  const infos = await migrator.getMigrations();
  return infos.filter((info) => info.executedAt === undefined).map((info) => info.name);
}
