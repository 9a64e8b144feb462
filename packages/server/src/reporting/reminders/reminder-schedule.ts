import type { FastifyBaseLogger } from 'fastify';
import type { AppConfig } from '../../config.js';
import type { Db } from '../../db/database.js';
import { createMailer } from './mailer.js';
import { sendDueReminders } from './send-reminders.js';

/**
 * Runs the reminders now and then every few minutes. Every server may run it: each reminder is
 * claimed once in the database, so only one server sends it. Returns a stop function.
 */
export function scheduleReminders(db: Db, config: AppConfig, log: FastifyBaseLogger): () => void {
  if (config.reminders.everyMinutes === 0) return () => {};
  const mailer = createMailer(config.mail.smtpUrl, config.mail.from);
  const run = () => {
    sendDueReminders(db, mailer, { daysBefore: config.reminders.daysBefore })
      .then((outcome) => {
        if (outcome.cyclesClaimed > 0) log.info({ reminders: outcome }, 'reminders sent');
      })
      .catch((error: unknown) => log.error({ err: error }, 'reminders failed'));
  };
  run();
  const timer = setInterval(run, config.reminders.everyMinutes * 60_000);
  timer.unref();
  return () => {
    clearInterval(timer);
    mailer?.close();
  };
}
