import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { TEST_KEY_ENV } from './test-keys.js';

/**
 * A real `plantrack serve` as a child process on a loopback port (for crash tests and load scripts).
 * It runs the CLI through tsx in one process — not through bin/plantrack.js, which forwards to a
 * second process — so that `kill('SIGKILL')` kills the server itself, mid-write, as a power cut would.
 */
const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface SpawnedServer {
  baseUrl: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL, then waits for the process to be gone. */
  kill9(): Promise<void>;
  /** SIGTERM (graceful), then waits for the exit code. */
  stop(): Promise<number | null>;
}

/**
 * `logFile`: the server writes its output straight to that file instead of a pipe to this process. A
 * load generator must use it: stdout to a pipe is synchronous on Linux, so a busy parent that reads the
 * pipe late would stall the server itself and measure its own slowness as the server's.
 */
export async function spawnServer(dataDir: string, env: NodeJS.ProcessEnv = {}, options: { logFile?: string } = {}): Promise<SpawnedServer> {
  const port = await freePort();
  const logFd = options.logFile === undefined ? null : fs.openSync(options.logFile, 'a');
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', MAIN, 'serve'], {
    env: {
      ...process.env,
      ...TEST_KEY_ENV,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      PLANTRACK_DATA_DIR: dataDir,
      PLANTRACK_LOG_LEVEL: 'warn',
      PLANTRACK_REMIND_EVERY_MINUTES: '0',
      ...env,
    },
    stdio: logFd === null ? ['ignore', 'pipe', 'pipe'] : ['ignore', logFd, logFd],
  });
  if (logFd !== null) fs.closeSync(logFd);
  let piped = '';
  child.stdout?.on('data', (chunk: Buffer) => (piped += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (piped += chunk.toString()));
  const output = () => (options.logFile === undefined ? piped : fs.readFileSync(options.logFile, 'utf8'));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  let healthy = false;
  for (let attempt = 0; attempt < 240 && !healthy && child.exitCode === null; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    healthy = await fetch(`${baseUrl}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
  }
  if (!healthy) {
    child.kill('SIGKILL');
    throw new Error(`plantrack serve did not come up:\n${output()}`);
  }
  return {
    baseUrl,
    child,
    output,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A signed-in client of a spawned server: the session cookie and the CSRF token on every call. */
export interface HttpSession {
  username: string;
  /** The session cookie and CSRF token, for clients other than fetch. */
  headers: { cookie: string; 'x-csrf-token': string };
  request(method: string, url: string, body?: unknown): Promise<{ status: number; json: () => Promise<unknown> }>;
  post(url: string, body: FormData): Promise<Response>;
}

export async function loginOverHttp(baseUrl: string, username: string, password: string): Promise<HttpSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const headers = { cookie, 'x-csrf-token': csrfToken };
  return {
    username,
    headers,
    request: async (method, url, body) => {
      const reply = await fetch(`${baseUrl}${url}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await reply.text();
      return { status: reply.status, json: async () => (text ? JSON.parse(text) : null) };
    },
    post: (url, body) => fetch(`${baseUrl}${url}`, { method: 'POST', headers, body }),
  };
}
