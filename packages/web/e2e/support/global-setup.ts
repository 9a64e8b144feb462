import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, REPO_ROOT } from './paths.js';

/**
 * Once per run: the suite drives the compiled server and the built web app, exactly what `npm start`
 * serves. `npm run build` is incremental for the server (tsc -b) and takes seconds for the web app,
 * so it simply runs every time; PLANTRACK_E2E_SKIP_BUILD=1 skips it when the build is known fresh.
 */
export function setup(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`End-to-end tests need Chromium at ${CHROMIUM_PATH} (Debian: apt-get install chromium); no browser is downloaded.`);
  }
  if (process.env.PLANTRACK_E2E_SKIP_BUILD === '1') return;
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${`${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-40).join('\n')}`);
}
