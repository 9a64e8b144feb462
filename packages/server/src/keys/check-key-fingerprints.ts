import type { Db } from '../db/database.js';
import { nowIso } from '../shared/clock.js';
import { findKeyFingerprints, insertKeyFingerprint } from './key-fingerprints.repository.js';
import type { SecretKeyName, SecretKeys } from './secret-keys.js';
import { keyFingerprint } from './secret-keys.js';

const ENV_NAMES: Record<SecretKeyName, string> = { audit: 'PLANTRACK_AUDIT_KEY', data: 'PLANTRACK_DATA_KEY' };

/**
 * A database remembers the fingerprints of the keys it was first written with. Starting with another
 * key (a lost key file regenerated, a secret not passed to a new server) would chain the audit log
 * and encrypt data under a key that cannot read what is there, so the process refuses to start.
 */
export async function checkKeyFingerprints(db: Db, keys: SecretKeys): Promise<void> {
  const known = await findKeyFingerprints(db);
  for (const name of ['audit', 'data'] as const) {
    const fingerprint = keyFingerprint(keys[name]);
    const stored = known.get(name);
    if (stored === undefined) await insertKeyFingerprint(db, name, fingerprint, nowIso());
    else if (stored !== fingerprint) {
      throw new Error(
        `${ENV_NAMES[name]} 与数据库写入时所用的密钥不一致，拒绝启动；请提供原密钥（the ${name} key differs from the one this database was written with）`,
      );
    }
  }
}
