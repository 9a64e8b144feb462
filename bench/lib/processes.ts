import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The production build's command line, as `npm start` runs it. */
export const CLI = path.join(ROOT, 'packages/server/dist/cli/main.js');

export interface PlantrackEnv {
  dataDir: string;
  databaseUrl?: string | undefined;
}

/** What the server and the CLI share: the data folder (its key files) and the database. */
export function plantrackEnv({ dataDir, databaseUrl }: PlantrackEnv, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PLANTRACK_DATA_DIR: dataDir,
    PLANTRACK_SEED: 'none',
    PLANTRACK_LOG_LEVEL: 'warn',
    // The bench imports and exports more often than an office would in a minute.
    PLANTRACK_IMPORTS_PER_MINUTE: '1000',
    PLANTRACK_EXPORTS_PER_MINUTE: '1000',
    ...extra,
  };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

/** Runs a command to its end; its standard output is returned, a failure throws with what it printed. */
export function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')} exited ${code}: ${err || out}`)),
    );
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface GenerateSummary {
  rows: Record<string, number>;
  seconds: number;
}

/** `plantrack generate` into the folder's database: the same seed every run, every account with `password`. */
export async function generateData(env: PlantrackEnv, cities: number, scale: number, password: string): Promise<GenerateSummary> {
  const args = [CLI, 'generate', '--cities', String(cities), '--scale', String(scale), '--seed', '42', '--password', password, '--json'];
  const out = await runToEnd(process.execPath, args, plantrackEnv(env));
  return JSON.parse(out.trim().split('\n').at(-1)!) as GenerateSummary;
}

export interface ServerProcess {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts the compiled server (`plantrack serve`) and waits until /api/health answers. */
export async function startServer(env: PlantrackEnv): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve'], {
    env: plantrackEnv(env, { PORT: String(port), HOST: '127.0.0.1' }),
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 60 s: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
