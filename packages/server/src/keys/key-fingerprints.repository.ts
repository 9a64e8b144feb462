import type { Db } from '../db/database.js';

export async function findKeyFingerprints(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('keyFingerprints').select(['name', 'fingerprint']).execute();
  return new Map(rows.map((row) => [row.name, row.fingerprint]));
}

/** Records a key's fingerprint once; a second process racing to record the same one changes nothing. */
export async function insertKeyFingerprint(db: Db, name: string, fingerprint: string, createdAt: string): Promise<void> {
  await db
    .insertInto('keyFingerprints')
    .values({ name, fingerprint, createdAt })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}
