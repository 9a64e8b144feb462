import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BenchPart } from './options.js';
import { ROOT } from './processes.js';
import type { BenchResults } from './results.js';
import { checkTargets } from './results.js';

/**
 * Writes bench/results/<date>.json. A run of some parts only (`--only browser`) keeps what an earlier
 * run of the same day measured for the others, so one file still holds the day's whole bench; each
 * part names its own start, machine and load average.
 */
export function writeResults(results: BenchResults, parts: readonly BenchPart[]): { file: string; results: BenchResults } {
  const dir = path.join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${results.date}.json`);
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResults) : null;
  let merged = results;
  if (earlier) {
    merged = { ...results };
    if (!parts.includes('server')) {
      const { startedAt, durationSeconds, machine, settings, runs, web } = earlier;
      merged = { ...merged, startedAt, durationSeconds, machine, settings, runs, web };
    }
    if (!parts.includes('browser') && earlier.browser) merged.browser = earlier.browser;
    merged.targets = checkTargets(merged.runs, merged.web, merged.browser);
    merged.notes = [...new Set([...earlier.notes, ...results.notes])];
  }
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  return { file, results: merged };
}
