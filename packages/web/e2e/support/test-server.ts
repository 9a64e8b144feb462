import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, REPO_ROOT } from './paths.js';

export interface TestServer {
  baseUrl: string;
  stop: () => Promise<void>;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilHealthy(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer within 60 s:\n${output()}`);
}

/**
 * The real server (`plantrack serve`, compiled) on a free port with its own empty SQLite database in a
 * temporary directory: it migrates, loads the sample plan and creates the sample accounts (hq, leader,
 * kjj_manager, kjj_staff, sysadmin, secadmin, auditor) with DEMO_PASSWORD. One per test file, so files
 * never share data. `env` adds settings, e.g. PLANTRACK_SMTP_URL for a mail server the test runs.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'plantrack-e2e-'));
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const { DATABASE_URL: _database, ...inherited } = process.env;
  // PLANTRACK_E2E_SERVER_ARGS (a JSON array) runs another entry point, e.g. a development server.
  const args = process.env.PLANTRACK_E2E_SERVER_ARGS
    ? (JSON.parse(process.env.PLANTRACK_E2E_SERVER_ARGS) as string[])
    : ['packages/server/dist/cli/main.js', 'serve'];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      PLANTRACK_DATA_DIR: dataDir,
      PLANTRACK_DEMO_PASSWORD: DEMO_PASSWORD,
      PLANTRACK_LOG_LEVEL: 'warn',
      PLANTRACK_SEED: 'sample',
      // Every answer the browser gets is held to its route's contract.
      PLANTRACK_CHECK_ANSWERS: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    await waitUntilHealthy(baseUrl, child, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
