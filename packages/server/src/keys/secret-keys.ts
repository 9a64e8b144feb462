import { createHmac, getCiphers, getHashes, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config.js';

/**
 * The two keys that never live in the database, so a copy of the database alone can neither forge
 * the audit chain nor read personal data:
 * - `audit`: HMAC-SM3 key of the audit log's hash chain (PLANTRACK_AUDIT_KEY);
 * - `data`: key of the SM4 field encryption (PLANTRACK_DATA_KEY).
 * Production supplies them from the environment (a secret store). Without them, each is read from
 * `<dataDir>/keys/<name>.key`, created (mode 0600) on first start: fine for one server, but then the
 * file must be backed up apart from the database, since losing it loses the encrypted data.
 */
export interface SecretKeys {
  audit: Buffer;
  data: Buffer;
}

export type SecretKeyName = keyof SecretKeys;

const KEY_BYTES = 32;
let installed: SecretKeys | null = null;

function keyFile(dataDir: string, name: SecretKeyName): string {
  return path.join(dataDir, 'keys', `${name}.key`);
}

/** The key file's hex key; a missing file is created with a fresh random key, readable by the owner only. */
function readOrCreateKeyFile(file: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // 'wx': never overwrite a key another process has just written.
    fs.writeFileSync(file, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const text = fs.readFileSync(file, 'utf8').trim();
  if (!/^(?:[0-9a-fA-F]{2}){16,}$/.test(text)) throw new Error(`密钥文件格式不对（key file must hold at least 32 hex characters）: ${file}`);
  return Buffer.from(text, 'hex');
}

export function loadSecretKeys(config: Pick<AppConfig, 'dataDir' | 'keys'>): SecretKeys {
  if (!getHashes().includes('sm3') || !getCiphers().includes('sm4-cbc')) {
    throw new Error('此 Node.js 的 OpenSSL 不支持 SM3/SM4（this Node.js build lacks SM3/SM4）');
  }
  const load = (name: SecretKeyName) => {
    const fromEnv = config.keys[name];
    return fromEnv ? Buffer.from(fromEnv, 'hex') : readOrCreateKeyFile(keyFile(config.dataDir, name));
  };
  return { audit: load('audit'), data: load('data') };
}

/** Loads the keys and makes them the process's keys; called before migrating and before serving. */
export function installSecretKeys(config: Pick<AppConfig, 'dataDir' | 'keys'>): SecretKeys {
  installed = loadSecretKeys(config);
  return installed;
}

export function requireSecretKeys(): SecretKeys {
  if (!installed) throw new Error('secret keys are not installed (call installSecretKeys at start)');
  return installed;
}

/** A value derived from a key that identifies it without revealing it (stored to catch a wrong key). */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sm3', key).update('plantrack key fingerprint').digest('hex');
}
