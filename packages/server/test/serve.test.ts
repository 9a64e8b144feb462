import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/plantrack.js', import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-serve-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('plantrack serve', () => {
  it('on an empty data folder: migrates, loads the sample plan, prints the accounts once, serves, and stops cleanly', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'serve'], {
      env: { ...process.env, DATABASE_URL: '', PORT: String(port), HOST: '127.0.0.1', PLANTRACK_DATA_DIR: dataDir, PLANTRACK_LOG_LEVEL: 'warn' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let health: unknown = null;
    for (let attempt = 0; attempt < 160 && health === null; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      health = await fetch(`http://127.0.0.1:${port}/api/health`)
        .then((response) => response.json())
        .catch(() => null);
    }
    expect(health, output).toMatchObject({ status: 'ok', db: 'sqlite' });
    expect(output).toContain('kjj_manager');
    expect(output).toMatch(/password \(随机生成，仅显示这一次 shown only once\): \S{12,}/);
    expect(fs.existsSync(path.join(dataDir, 'plantrack.sqlite'))).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
