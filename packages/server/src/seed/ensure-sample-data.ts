import type { Db } from '../db/database.js';
import { createSampleAccounts, SAMPLE_ACCOUNTS } from './sample-accounts.js';
import { loadSamplePlan } from './load-sample-plan.js';

export interface SeedOutcome {
  isSeeded: boolean;
  password?: string;
  isGeneratedPassword?: boolean;
}

/** First start on an empty database: load the sample plan and its accounts. Later starts do nothing. */
export async function ensureSampleData(db: Db, demoPassword: string | undefined): Promise<SeedOutcome> {
  const existing = await db.selectFrom('plans').select('id').limit(1).executeTakeFirst();
  if (existing) return { isSeeded: false };
  const { organisationId } = await loadSamplePlan(db);
  const { password, isGenerated } = await createSampleAccounts(db, organisationId, demoPassword);
  return { isSeeded: true, password, isGeneratedPassword: isGenerated };
}

export function describeSampleAccounts(outcome: SeedOutcome): string {
  const lines = ['已载入示例数据（威海市三年行动计划公开信息）。示例账号 Sample accounts:'];
  for (const account of SAMPLE_ACCOUNTS) lines.push(`  ${account.username.padEnd(12)} ${account.role}`);
  lines.push(
    outcome.isGeneratedPassword
      ? `  密码 password (随机生成，仅显示这一次 shown only once): ${outcome.password}`
      : '  密码 password: PLANTRACK_DEMO_PASSWORD 的值 (the value of PLANTRACK_DEMO_PASSWORD)',
  );
  return lines.join('\n');
}
