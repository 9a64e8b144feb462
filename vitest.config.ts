import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: [
      { find: '@plantrack/domain', replacement: fileURLToPath(new URL('./packages/domain/src/index.ts', import.meta.url)) },
      { find: /^@plantrack\/contract\/(.*)$/, replacement: fileURLToPath(new URL('./packages/contract/src/', import.meta.url)) + '$1.ts' },
    ],
  },
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit+integration',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
          globalSetup: ['packages/server/test/support/global-setup.ts'],
        },
      },
      {
        // End-to-end: the built app in headless Chromium against the real server; one server and one
        // browser per file, so they get longer timeouts (and the build runs once, in globalSetup).
        extends: true,
        test: {
          name: 'e2e',
          include: ['packages/web/e2e/**/*.test.ts'],
          globalSetup: ['packages/web/e2e/support/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // The browser needs a moment after each click: polls wait up to 10 s for what the user would see.
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
    ],
  },
});
