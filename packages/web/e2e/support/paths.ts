import { fileURLToPath } from 'node:url';

/** The repository root, so the suite runs the same from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** README shows these: the suite writes them on every run. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../../docs/screenshots/', import.meta.url));

export const CHROMIUM_PATH = process.env.PLANTRACK_CHROMIUM ?? '/usr/bin/chromium';

/** Every sample account gets this password in the suite's own database (PLANTRACK_DEMO_PASSWORD). */
export const DEMO_PASSWORD = 'e2e-sample-password';
