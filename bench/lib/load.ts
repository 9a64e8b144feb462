import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadResult } from './load-types.js';
import { ROOT, runToEnd } from './processes.js';

const WORKER = fileURLToPath(new URL('../load-worker.ts', import.meta.url));

/** Runs the jobs, one after another, in the separate load-generator process. */
export async function runLoad(jobs: LoadJob[]): Promise<LoadResult[]> {
  if (jobs.length === 0) return [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plantrack-bench-load-'));
  try {
    const file = path.join(dir, 'jobs.json');
    writeFileSync(file, JSON.stringify(jobs));
    const out = await runToEnd(process.execPath, ['--import', 'tsx', WORKER, file], { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') });
    return out
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LoadResult);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
