import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkKeyFingerprints } from '../src/keys/check-key-fingerprints.js';
import { cliEnvironment, runPlantrack } from './support/run-plantrack.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp } from './support/test-app.js';
import { TEST_KEY_ENV } from './support/test-keys.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const keysOf = (audit: string, data: string) => ({ audit: Buffer.from(audit, 'hex'), data: Buffer.from(data, 'hex') });
const testKeys = () => keysOf(TEST_KEY_ENV.PLANTRACK_AUDIT_KEY!, TEST_KEY_ENV.PLANTRACK_DATA_KEY!);

describe('a database remembers its keys', () => {
  it('the first start records the keys; the same keys start again; another key is refused', async () => {
    await checkKeyFingerprints(t.db, testKeys());
    await checkKeyFingerprints(t.db, testKeys());
    await expect(checkKeyFingerprints(t.db, keysOf(TEST_KEY_ENV.PLANTRACK_AUDIT_KEY!, 'ee'.repeat(32)))).rejects.toThrow(/PLANTRACK_DATA_KEY/);
    await expect(checkKeyFingerprints(t.db, keysOf('ee'.repeat(32), TEST_KEY_ENV.PLANTRACK_DATA_KEY!))).rejects.toThrow(/PLANTRACK_AUDIT_KEY/);
  });

  it('a command run with another audit key refuses to run', async () => {
    await checkKeyFingerprints(t.db, testKeys());
    const env = { ...cliEnvironment(t.database.target), PLANTRACK_AUDIT_KEY: 'ee'.repeat(32) };
    const result = await runPlantrack(env, 'audit', 'verify');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('PLANTRACK_AUDIT_KEY');
  });
});
