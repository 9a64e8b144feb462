import type { Kysely } from 'kysely';
import type { Db } from '../database.js';
import { encryptField, isEncryptedField } from '../../shared/field-crypto.js';
import { protectPersonalData } from '../../shared/personal-data.js';

const BATCH = 500;

/**
 * Encrypts the personal data already stored: people's phones, users' e-mail addresses, and the same
 * values inside audit snapshots (before the audit chain is built over them). Idempotent: values
 * already encrypted are left alone. The data key is needed only when there is something to encrypt.
 */
export async function up(raw: Kysely<unknown>): Promise<void> {
  const db = raw as unknown as Db;
  const people = await db.selectFrom('people').select(['id', 'phone']).where('phone', 'is not', null).execute();
  for (const { id, phone } of people) {
    if (!isEncryptedField(phone!))
      await db
        .updateTable('people')
        .set({ phone: encryptField(phone!) })
        .where('id', '=', id)
        .execute();
  }
  const users = await db.selectFrom('users').select(['id', 'email']).where('email', 'is not', null).execute();
  for (const { id, email } of users) {
    if (!isEncryptedField(email!))
      await db
        .updateTable('users')
        .set({ email: encryptField(email!) })
        .where('id', '=', id)
        .execute();
  }
  for (let afterId = 0; ;) {
    const rows = await db.selectFrom('auditLog').select(['id', 'before', 'after']).where('id', '>', afterId).orderBy('id').limit(BATCH).execute();
    for (const row of rows) {
      const before = protectSnapshot(row.before);
      const after = protectSnapshot(row.after);
      if (before !== row.before || after !== row.after) await db.updateTable('auditLog').set({ before, after }).where('id', '=', row.id).execute();
    }
    if (rows.length < BATCH) break;
    afterId = rows[rows.length - 1]!.id;
  }
}

/** The snapshot with its personal values encrypted; the same text when it has none (or is not JSON). */
function protectSnapshot(text: string | null): string | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  const protectedText = JSON.stringify(protectPersonalData(value));
  return protectedText === JSON.stringify(value) ? text : protectedText;
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
