import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { AppConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { scheduleReminders } from './reporting/reminders/reminder-schedule.js';
import { describeSampleAccounts, ensureSampleData } from './seed/ensure-sample-data.js';

/** Opens the database, migrates it, loads the sample plan on first start, and listens. */
export async function startServer(config: AppConfig): Promise<FastifyInstance> {
  const handle = openDatabase(config.database);
  await migrateToLatest(handle.db);
  if (config.seedSample) {
    const outcome = await ensureSampleData(handle.db, config.demoPassword);
    if (outcome.isSeeded) process.stdout.write(`${describeSampleAccounts(outcome)}\n`);
  }
  const app = await buildApp({ db: handle.db, dbKind: handle.kind, config });
  app.addHook('onClose', async () => handle.destroy());
  await app.listen({ port: config.port, host: config.host });
  const stopReminders = scheduleReminders(handle.db, config, app.log);
  app.addHook('preClose', async () => stopReminders());
  // Finish the requests in flight before exiting, so a deploy or Ctrl-C loses no submission.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      app.log.info({ signal }, 'shutting down');
      void app.close().then(() => process.exit(0));
    });
  }
  return app;
}
