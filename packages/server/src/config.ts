import path from 'node:path';
import { z } from 'zod';

/** Everything the process reads from its environment, validated once at start. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PLANTRACK_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  PLANTRACK_DEMO_PASSWORD: z.string().min(8).optional(),
  PLANTRACK_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PLANTRACK_SESSION_HOURS: z.coerce.number().positive().default(12),
  PLANTRACK_SEED: z.enum(['sample', 'none']).default('sample'),
  PLANTRACK_SMTP_URL: z.string().optional(),
  PLANTRACK_MAIL_FROM: z.string().default('推进台账系统 <plantrack@localhost>'),
  PLANTRACK_REMIND_DAYS_BEFORE: z.coerce.number().int().min(0).max(30).default(3),
  PLANTRACK_REMIND_EVERY_MINUTES: z.coerce.number().min(0).default(15),
});

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  demoPassword: string | undefined;
  logLevel: z.infer<typeof EnvSchema>['PLANTRACK_LOG_LEVEL'];
  sessionHours: number;
  seedSample: boolean;
  mail: { smtpUrl: string | undefined; from: string };
  reminders: { daysBefore: number; everyMinutes: number };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.parse(env);
  const dataDir = path.resolve(parsed.PLANTRACK_DATA_DIR);
  const url = parsed.DATABASE_URL;
  const isPostgres = url !== undefined && /^postgres(ql)?:\/\//.test(url);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir,
    database: isPostgres ? { kind: 'postgres', url } : { kind: 'sqlite', file: path.join(dataDir, 'plantrack.sqlite') },
    demoPassword: parsed.PLANTRACK_DEMO_PASSWORD,
    logLevel: parsed.PLANTRACK_LOG_LEVEL,
    sessionHours: parsed.PLANTRACK_SESSION_HOURS,
    seedSample: parsed.PLANTRACK_SEED === 'sample',
    mail: { smtpUrl: parsed.PLANTRACK_SMTP_URL || undefined, from: parsed.PLANTRACK_MAIL_FROM },
    reminders: { daysBefore: parsed.PLANTRACK_REMIND_DAYS_BEFORE, everyMinutes: parsed.PLANTRACK_REMIND_EVERY_MINUTES },
  };
}
