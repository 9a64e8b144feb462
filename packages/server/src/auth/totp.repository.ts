import type { Db } from '../db/database.js';
import { decryptField, encryptField } from '../shared/field-crypto.js';

export interface TotpRecord {
  userId: number;
  secret: string | null;
  pendingSecret: string | null;
  enabledAt: string | null;
  lastUsedStep: number | null;
}

// The shared secrets are stored encrypted (SM4, shared/field-crypto.ts): a copy of the database alone
// cannot produce anyone's codes. This is the one place that reads and writes them.
const seal = (secret: string | null): string | null => encryptField(secret);
const open = (stored: string | null): string | null => decryptField(stored);

export async function findTotp(db: Db, userId: number): Promise<TotpRecord | undefined> {
  const row = await db.selectFrom('userTotp').selectAll().where('userId', '=', userId).executeTakeFirst();
  return (
    row && {
      ...row,
      secret: open(row.secret),
      pendingSecret: open(row.pendingSecret),
      lastUsedStep: row.lastUsedStep === null ? null : Number(row.lastUsedStep),
    }
  );
}

export async function savePendingSecret(db: Db, userId: number, pendingSecret: string): Promise<void> {
  const sealed = seal(pendingSecret);
  await db
    .insertInto('userTotp')
    .values({ userId, pendingSecret: sealed })
    .onConflict((oc) => oc.column('userId').doUpdateSet({ pendingSecret: sealed }))
    .execute();
}

/** The pending secret becomes the secret; the step of the code that proved it is already used. */
export async function enableTotp(db: Db, userId: number, secret: string, enabledAt: string, step: number): Promise<void> {
  await db
    .updateTable('userTotp')
    .set({ secret: seal(secret), pendingSecret: null, enabledAt, lastUsedStep: step })
    .where('userId', '=', userId)
    .execute();
}

/**
 * Marks a step used, unless it or a later one already was: the code cannot be replayed, not even by
 * two servers at once (the condition is checked by the UPDATE itself).
 */
export async function claimTotpStep(db: Db, userId: number, step: number): Promise<boolean> {
  const result = await db
    .updateTable('userTotp')
    .set({ lastUsedStep: step })
    .where('userId', '=', userId)
    .where((eb) => eb.or([eb('lastUsedStep', 'is', null), eb('lastUsedStep', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteTotp(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('userTotp').where('userId', '=', userId).execute();
}

/** The organisation's users with an enabled second factor (one query for the whole user list). */
export async function findUserIdsWithTotp(db: Db, organisationId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('userTotp')
    .innerJoin('users', 'users.id', 'userTotp.userId')
    .select('userTotp.userId')
    .where('users.organisationId', '=', organisationId)
    .where('userTotp.enabledAt', 'is not', null)
    .execute();
  return new Set(rows.map((row) => row.userId));
}
