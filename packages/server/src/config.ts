import path from 'node:path';
import { z } from 'zod';
import { findPasswordProblem, passwordProblemMessage } from './auth/password-policy.js';
import type { WorkbookParsingLimits } from './io/ledger-import/parse-workbook-isolated.js';
import type { DatabaseTarget } from './db/database.js';

/** A key given in the environment: hex, at least 16 bytes (e.g. `openssl rand -hex 32`); empty means none. */
const HexKey = z
  .string()
  .regex(/^(?:(?:[0-9a-fA-F]{2}){16,})?$/, '应为至少 32 位十六进制字符，可用 openssl rand -hex 32 生成 (at least 32 hex characters)')
  .optional();

/** Everything the process reads from its environment, validated once at start. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PLANTRACK_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  // The sample accounts' password must pass the same rule as any other (e.g. Demo-pass-2024).
  PLANTRACK_DEMO_PASSWORD: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const problem = value === undefined ? null : findPasswordProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: passwordProblemMessage(problem) });
    }),
  PLANTRACK_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PLANTRACK_SESSION_HOURS: z.coerce.number().positive().default(12),
  PLANTRACK_SEED: z.enum(['sample', 'none']).default('sample'),
  PLANTRACK_SMTP_URL: z.string().optional(),
  PLANTRACK_MAIL_FROM: z.string().default('推进台账系统 <plantrack@localhost>'),
  PLANTRACK_REMIND_DAYS_BEFORE: z.coerce.number().int().min(0).max(30).default(3),
  PLANTRACK_REMIND_EVERY_MINUTES: z.coerce.number().min(0).default(15),
  // Which proxies may name the client's address (X-Forwarded-For): addresses or CIDRs (comma-separated), true or false.
  PLANTRACK_TRUST_PROXY: z.string().default('loopback'),
  PLANTRACK_LOGIN_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
  PLANTRACK_IMPORTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  PLANTRACK_EXPORTS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  // Uploaded workbooks are parsed in separate processes (io/ledger-import/parse-workbook-isolated.ts).
  PLANTRACK_IMPORT_MEMORY_MB: z.coerce.number().int().min(32).max(4096).default(256),
  PLANTRACK_IMPORT_TIMEOUT_SECONDS: z.coerce.number().positive().max(3600).default(60),
  PLANTRACK_IMPORT_PARSERS: z.coerce.number().int().min(1).max(16).default(2),
  // Threads that run heavy SQLite reads beside the server's own (db/sqlite-readers.ts); 0 turns them off.
  PLANTRACK_SQLITE_READERS: z.coerce.number().int().min(0).max(16).optional(),
  PLANTRACK_AUDIT_KEY: HexKey,
  PLANTRACK_DATA_KEY: HexKey,
  // 等保 level 3 keeps the audit log at least six months.
  // Every answer checked against its route's contract before it leaves (the tests turn this on; it costs time).
  PLANTRACK_CHECK_ANSWERS: z.enum(['0', '1']).default('0'),
  PLANTRACK_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(180, '审计日志至少保留 180 天 (at least 180)').default(365),
});

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseTarget;
  demoPassword: string | undefined;
  logLevel: z.infer<typeof EnvSchema>['PLANTRACK_LOG_LEVEL'];
  sessionHours: number;
  seedSample: boolean;
  mail: { smtpUrl: string | undefined; from: string };
  reminders: { daysBefore: number; everyMinutes: number };
  /** Keys kept outside the database; when absent, key files in `<dataDir>/keys/` (see keys/secret-keys.ts). */
  keys: { audit: string | undefined; data: string | undefined };
  audit: { retentionDays: number };
  /** Fastify's trustProxy: whose X-Forwarded-For to believe for the client's address (rate limits, audit). */
  trustProxy: boolean | string;
  /** Per-server-farm limits, counted in the database (auth/rate-limit.ts). */
  rateLimits: { loginFailuresPerIp: RateLimitConfig; imports: RateLimitConfig; exports: RateLimitConfig };
  /** Each answer is checked against its route's declared response schema (tests and development). */
  checkAnswers: boolean;
  /** Heap and time per uploaded workbook, and how many are parsed at once (the rest queue). */
  importParsing: WorkbookParsingLimits;
}

export interface RateLimitConfig {
  limit: number;
  windowSeconds: number;
}

function parseTrustProxy(value: string): boolean | string {
  return value === 'true' || value === 'false' ? value === 'true' : value;
}

/** A bad environment variable, said the way an operator can fix it: which one, what it holds, what it must be. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** The rule an issue broke, in Chinese (a message already in Chinese is the rule's own wording). */
function ruleInChinese(issue: z.core.$ZodIssue): string {
  if (HAS_CHINESE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small':
      return `应${issue.inclusive ? '不小于' : '大于'} ${String(issue.minimum)}`;
    case 'too_big':
      return `应${issue.inclusive ? '不大于' : '小于'} ${String(issue.maximum)}`;
    case 'invalid_type':
      return issue.expected === 'number' ? '应为数字' : `类型应为 ${issue.expected}`;
    case 'invalid_value':
      return `应为以下之一：${issue.values.map(String).join('、')}`;
    default:
      return '取值不符合要求';
  }
}

function describeConfigIssues(issues: readonly z.core.$ZodIssue[], env: NodeJS.ProcessEnv): string {
  const lines = issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    const value = name.endsWith('_KEY') || name.endsWith('PASSWORD') ? '（已隐藏）' : JSON.stringify(env[name] ?? '');
    return `  ${name}=${value}：${ruleInChinese(issue)}（${issue.message}）`;
  });
  return [`配置有误，请改正下列环境变量后重试 (invalid environment variables):`, ...lines].join('\n');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = EnvSchema.safeParse(env);
  if (!result.success) throw new ConfigError(describeConfigIssues(result.error.issues, env));
  const parsed = result.data;
  const dataDir = path.resolve(parsed.PLANTRACK_DATA_DIR);
  const url = parsed.DATABASE_URL;
  const isPostgres = url !== undefined && /^postgres(ql)?:\/\//.test(url);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir,
    database: isPostgres
      ? { kind: 'postgres', url }
      : { kind: 'sqlite', file: path.join(dataDir, 'plantrack.sqlite'), readers: parsed.PLANTRACK_SQLITE_READERS },
    demoPassword: parsed.PLANTRACK_DEMO_PASSWORD,
    logLevel: parsed.PLANTRACK_LOG_LEVEL,
    sessionHours: parsed.PLANTRACK_SESSION_HOURS,
    seedSample: parsed.PLANTRACK_SEED === 'sample',
    mail: { smtpUrl: parsed.PLANTRACK_SMTP_URL || undefined, from: parsed.PLANTRACK_MAIL_FROM },
    reminders: { daysBefore: parsed.PLANTRACK_REMIND_DAYS_BEFORE, everyMinutes: parsed.PLANTRACK_REMIND_EVERY_MINUTES },
    keys: { audit: parsed.PLANTRACK_AUDIT_KEY || undefined, data: parsed.PLANTRACK_DATA_KEY || undefined },
    audit: { retentionDays: parsed.PLANTRACK_AUDIT_RETENTION_DAYS },
    trustProxy: parseTrustProxy(parsed.PLANTRACK_TRUST_PROXY),
    checkAnswers: parsed.PLANTRACK_CHECK_ANSWERS === '1',
    rateLimits: {
      loginFailuresPerIp: { limit: parsed.PLANTRACK_LOGIN_FAILURES_PER_IP, windowSeconds: 5 * 60 },
      imports: { limit: parsed.PLANTRACK_IMPORTS_PER_MINUTE, windowSeconds: 60 },
      exports: { limit: parsed.PLANTRACK_EXPORTS_PER_MINUTE, windowSeconds: 60 },
    },
    importParsing: {
      memoryMb: parsed.PLANTRACK_IMPORT_MEMORY_MB,
      timeoutSeconds: parsed.PLANTRACK_IMPORT_TIMEOUT_SECONDS,
      concurrency: parsed.PLANTRACK_IMPORT_PARSERS,
      maxQueued: parsed.PLANTRACK_IMPORT_PARSERS * 8,
    },
  };
}
