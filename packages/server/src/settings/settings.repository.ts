import type { Db } from '../db/database.js';

export async function findSetting(db: Db, organisationId: number, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('organisationId', '=', organisationId).where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** The stored value with when it was last changed (the rules page's check that nobody saved in between). */
export async function findSettingRow(db: Db, organisationId: number, key: string): Promise<{ value: string; updatedAt: string } | undefined> {
  return db.selectFrom('settings').select(['value', 'updatedAt']).where('organisationId', '=', organisationId).where('key', '=', key).executeTakeFirst();
}

export async function upsertSetting(db: Db, organisationId: number, key: string, value: string, updatedAt: string): Promise<void> {
  // Both dialects speak ON CONFLICT … DO UPDATE; Kysely builds it the same way for each.
  await db
    .insertInto('settings')
    .values({ organisationId, key, value, updatedAt })
    .onConflict((oc) => oc.columns(['organisationId', 'key']).doUpdateSet({ value, updatedAt }))
    .execute();
}
