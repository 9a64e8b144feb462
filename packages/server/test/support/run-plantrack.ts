import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { DatabaseTarget } from '../../src/db/database.js';

const run = promisify(execFile);

/** For tests that start `plantrack` or LibreOffice: each start costs seconds, more on a busy machine. */
export const SLOW_TEST_MS = 90_000;
const BIN = fileURLToPath(new URL('../../bin/plantrack.js', import.meta.url));

/** The environment that points `plantrack` at a test's database, as an operator's shell would. */
export function cliEnvironment(target: DatabaseTarget): NodeJS.ProcessEnv {
  return target.kind === 'postgres'
    ? { ...process.env, DATABASE_URL: target.url }
    : { ...process.env, DATABASE_URL: '', PLANTRACK_DATA_DIR: path.dirname(target.file) };
}

/** Runs `plantrack …` and returns its exit code and output (never throws on a non-zero exit). */
export async function runPlantrack(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runPlantrackIn(undefined, env, ...args);
}

/** Runs `plantrack …` from the folder `cwd`, as an operator typing it there would. */
export async function runPlantrackIn(
  cwd: string | undefined,
  env: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, cwd, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
