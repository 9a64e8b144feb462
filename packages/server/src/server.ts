import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { AppConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { checkKeyFingerprints } from './keys/check-key-fingerprints.js';
import { installSecretKeys } from './keys/secret-keys.js';
import { scheduleReminders } from './reporting/reminders/reminder-schedule.js';
import { describeSampleAccounts, ensureSampleData } from './seed/ensure-sample-data.js';

/** Loads the keys, opens the database, migrates it, loads the sample plan on first start, and listens. */
export async function startServer(config: AppConfig): Promise<FastifyInstance> {
  // The keys first: migrations encrypt personal data and chain the audit log with them.
  const keys = installSecretKeys(config);
  const handle = openDatabase(config.database);
  await migrateToLatest(handle.db);
  await checkKeyFingerprints(handle.db, keys);
  if (config.seedSample) {
    const outcome = await ensureSampleData(handle.db, config.demoPassword);
    if (outcome.isSeeded) process.stdout.write(`${describeSampleAccounts(outcome)}\n`);
  }
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config });
  let stopReminders = () => {};
  // Hooks must be added before listening; the reminders start once the server is up.
  app.addHook('preClose', async () => stopReminders());
  app.addHook('onClose', async () => handle.destroy());
  await app.listen({ port: config.port, host: config.host });
  stopReminders = scheduleReminders(handle.db, config, app.log);
  // Finish the requests in flight before exiting, so a deploy or Ctrl-C loses no submission.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      void app.close().then(() => process.exit(0));
    });
  }
  return app;
}
