#!/usr/bin/env node
// The `plantrack` command runs the TypeScript source through tsx, so it works straight after `npm ci`
// and can never run a stale build. (`npm start` serves the compiled build: dist/cli/main.js.)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
// `source` condition: workspace packages (@plantrack/domain) resolve to their TypeScript source.
// tsx as resolved from here: a bare 'tsx' would be looked up from the working directory, so the command
// would fail anywhere outside the repository.
const tsx = import.meta.resolve('tsx');
const child = spawn(process.execPath, ['--conditions=source', '--import', tsx, source, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
