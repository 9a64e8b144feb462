#!/usr/bin/env node
// The `plantrack` command. After `npm run build` (which `npm start` does) it runs the compiled code;
// straight after `npm ci` it runs the TypeScript source through tsx, so `npx plantrack` always works.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const source = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const useCompiled = existsSync(compiled) && process.env.PLANTRACK_FROM_SOURCE !== '1';

if (useCompiled) {
  await import(compiled);
} else {
  // `source` condition: workspace packages resolve to their TypeScript source, not a missing dist.
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', source, ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
