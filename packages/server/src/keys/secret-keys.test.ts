import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFingerprint, loadSecretKeys } from './secret-keys.js';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-keys-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const noEnv = { audit: undefined, data: undefined };

describe('the audit and data keys', () => {
  it('without the environment, each key is created once in <dataDir>/keys, readable by its owner only, and reused', () => {
    const first = loadSecretKeys({ dataDir, keys: noEnv });
    for (const name of ['audit', 'data']) {
      const file = path.join(dataDir, 'keys', `${name}.key`);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
    expect(first.audit).toHaveLength(32);
    expect(first.audit.equals(first.data)).toBe(false);
    const again = loadSecretKeys({ dataDir, keys: noEnv });
    expect(again.audit.equals(first.audit) && again.data.equals(first.data)).toBe(true);
  });

  it('a key given in the environment wins, and no key file is written for it', () => {
    const keys = loadSecretKeys({ dataDir, keys: { audit: 'ab'.repeat(32), data: 'cd'.repeat(16) } });
    expect(keys.audit.toString('hex')).toBe('ab'.repeat(32));
    expect(keys.data.toString('hex')).toBe('cd'.repeat(16));
    expect(fs.existsSync(path.join(dataDir, 'keys'))).toBe(false);
  });

  it('a damaged key file is refused rather than replaced', () => {
    fs.mkdirSync(path.join(dataDir, 'keys'));
    fs.writeFileSync(path.join(dataDir, 'keys', 'audit.key'), 'not a key\n');
    expect(() => loadSecretKeys({ dataDir, keys: noEnv })).toThrow(/audit\.key/);
  });

  it('a fingerprint tells keys apart without revealing them', () => {
    const key = Buffer.from('ab'.repeat(32), 'hex');
    expect(keyFingerprint(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(keyFingerprint(key)).not.toContain('abab');
    expect(keyFingerprint(key)).not.toBe(keyFingerprint(Buffer.from('ac'.repeat(32), 'hex')));
  });
});
