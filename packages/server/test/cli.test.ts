import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSampleData } from '../src/seed/ensure-sample-data.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp, loginAs } from './support/test-app.js';
import { SLOW_TEST_MS } from './support/run-plantrack.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../bin/plantrack.js', import.meta.url));
let t: TestApp;
let env: NodeJS.ProcessEnv;

/** Runs `plantrack …` against this test's database, as an operator would from a shell. */
async function plantrack(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, timeout: 30_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  // The app stays open on the same database while the CLI writes to it, as with a running server.
  t = await createTestApp();
  await ensureSampleData(t.db, 'Sample-accounts-1');
  const target = t.database.target;
  env =
    target.kind === 'postgres'
      ? { ...process.env, DATABASE_URL: target.url }
      : { ...process.env, DATABASE_URL: '', PLANTRACK_DATA_DIR: path.dirname(target.file) };
});
afterAll(async () => t.close());

describe('the plantrack command', () => {
  it('creates a department user by an alias of the department name, who can then log in', async () => {
    const result = await plantrack(
      'users',
      'create',
      '--username',
      'wang',
      '--password',
      'Wang-pass-2024',
      '--role',
      'dept_staff',
      '--department',
      '市科学技术局',
    );
    expect(result.stdout).toContain('wang');
    expect(result.code).toBe(0);
    const session = await loginAs(t.app, 'wang', 'Wang-pass-2024');
    expect((await session.get('/api/auth/me')).json().user).toMatchObject({ role: 'dept_staff', department: { shortName: '市科技局' } });
  });

  it('refuses an unknown department with a Chinese message and a non-zero exit, creating nobody', async () => {
    const result = await plantrack('users', 'create', '--username', 'li', '--password', 'Li-pass-2024', '--role', 'dept_staff', '--department', '市不存在局');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('UNKNOWN_REFERENCE');
    expect(await t.db.selectFrom('users').select('id').where('username', '=', 'li').executeTakeFirst()).toBeUndefined();
  });

  it('resets a password and the old one stops working', async () => {
    expect((await plantrack('users', 'reset-password', '--username', 'hq', '--password', 'New-pass-2024')).code).toBe(0);
    await expect(loginAs(t.app, 'hq', 'Sample-accounts-1')).rejects.toThrow(/401/);
    await loginAs(t.app, 'hq', 'New-pass-2024');
  });

  it(
    'explains every command with --help',
    async () => {
      const main = await plantrack('--help');
      for (const command of ['serve', 'migrate', 'seed', 'users']) expect(main.stdout).toContain(command);
      expect((await plantrack('users', 'create', '--help')).stdout).toContain('--department');
      expect((await plantrack('seed')).stdout).toContain('未做改动');
      // Three starts of the command: seconds each, more on a busy machine.
    },
    SLOW_TEST_MS,
  );
});
