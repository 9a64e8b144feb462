import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import { findPasswordProblem } from '../auth/password-policy.js';
import type { Role } from '../auth/roles.js';
import { createUser } from '../users/users.service.js';

/** One sample account per role, for trying the product; the department accounts belong to 市科技局. */
export const SAMPLE_ACCOUNTS: { username: string; role: Role; displayName: string; department?: string }[] = [
  { username: 'hq', role: 'hq', displayName: '指挥部办公室（示例）' },
  { username: 'leader', role: 'leader', displayName: '市领导（示例）' },
  { username: 'kjj_manager', role: 'dept_manager', displayName: '市科技局负责人（示例）', department: '市科技局' },
  { username: 'kjj_staff', role: 'dept_staff', displayName: '市科技局填报员（示例）', department: '市科技局' },
  { username: 'sysadmin', role: 'sysadmin', displayName: '系统管理员（示例）' },
  { username: 'secadmin', role: 'secadmin', displayName: '安全管理员（示例）' },
  { username: 'auditor', role: 'auditor', displayName: '审计管理员（示例）' },
];

/** 16 random characters that pass the password rule (a draw without three character classes is drawn again). */
export function randomAccountPassword(): string {
  for (;;) {
    const password = randomBytes(12).toString('base64url');
    if (findPasswordProblem(password) === null) return password;
  }
}

/**
 * Creates the sample accounts. The password comes from PLANTRACK_DEMO_PASSWORD or is random; a random
 * one is returned so the caller can print it once — it is stored nowhere in clear. Accounts with a
 * random password must change it at first login, like any initial password; with the demo password
 * they need not, so a demonstration can log straight in (it still expires like any other password).
 */
export async function createSampleAccounts(
  db: Db,
  organisationId: number,
  demoPassword: string | undefined,
): Promise<{ password: string; isGenerated: boolean }> {
  const password = demoPassword ?? randomAccountPassword();
  for (const account of SAMPLE_ACCOUNTS) {
    await createUser(db, null, {
      organisationId,
      username: account.username,
      password,
      role: account.role,
      displayName: account.displayName,
      department: account.department,
      mustChangePassword: demoPassword === undefined,
    });
  }
  return { password, isGenerated: demoPassword === undefined };
}
