import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './chromium.js';
import { startTestServer } from './test-server.js';
import type { TestServer } from './test-server.js';

export interface ServerAndBrowser {
  readonly server: TestServer;
  readonly browser: Browser;
}

/**
 * One real server (its own fresh database) and one browser for a test file: started before the file's
 * tests, stopped after them. Call it at the top of a `describe`; read the handles inside the tests.
 * `env` adds server settings (see startTestServer).
 */
export function useServerAndBrowser(env: Record<string, string> = {}): ServerAndBrowser {
  const handles = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    [handles.server, handles.browser] = await Promise.all([startTestServer(env), launchBrowser()]);
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.server?.stop();
  });
  return handles;
}
