import type { Db } from '../db/database.js';
import { selectWithTemplate } from '../db/query-templates.js';

/** Read by every list page that shows statuses (the rules): a templated query (see compileWithTemplate). */
export async function findSetting(db: Db, organisationId: number, key: string): Promise<string | undefined> {
  const [row] = await selectWithTemplate(db, 'settings.value', [organisationId, key] as const, ([organisation, name]) =>
    db.selectFrom('settings').select('value').where('organisationId', '=', organisation).where('key', '=', name),
  );
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

/**
 * Replaces a setting only if it still holds `expected` (undefined: not stored yet), so two
 * administrators saving at once cannot both win; false means someone changed it first.
 */
export async function replaceSettingIfUnchanged(
  db: Db,
  organisationId: number,
  key: string,
  expected: string | undefined,
  value: string,
  updatedAt: string,
): Promise<boolean> {
  if (expected === undefined) {
    const result = await db
      .insertInto('settings')
      .values({ organisationId, key, value, updatedAt })
      .onConflict((oc) => oc.columns(['organisationId', 'key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const result = await db
    .updateTable('settings')
    .set({ value, updatedAt })
    .where('organisationId', '=', organisationId)
    .where('key', '=', key)
    .where('value', '=', expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The organisation's name (威海市), from which the bulletin's default texts are built. */
export async function findOrganisationName(db: Db, organisationId: number): Promise<string> {
  const row = await db.selectFrom('organisations').select('name').where('id', '=', organisationId).executeTakeFirst();
  return row?.name ?? '';
}
