import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertJsonRows } from '../src/db/bulk-insert.js';
import { createTestDatabase } from './support/test-database.js';
import type { TestDatabase } from './support/test-database.js';

/** Imports write thousands of rows through one statement on PostgreSQL; every value must arrive as given. */
describe.skipIf(!process.env.PLANTRACK_TEST_DATABASE_URL)('many rows in one statement on PostgreSQL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.destroy());

  it('keeps the rows in order and every value exactly: quotes, backslashes, braces, empty text, NULLs', async () => {
    const at = '2026-11-27T05:00:00.000Z';
    const rows = [
      { at, organisationId: 1, userId: null, action: '他说"好"', entityType: 'item', entityId: '', before: 'C:\\路径\\', after: '{a,b}' },
      { at, organisationId: null, userId: null, action: 'NULL', entityType: 'item', entityId: null, before: null, after: ' 前后有空格 ' },
      { at, organisationId: 3, userId: null, action: "it's", entityType: 'item', entityId: '7', before: '"', after: '' },
    ];
    const inserted = await insertJsonRows(database.db, 'auditLog', rows, ['id']);
    const ids = inserted.map((row) => Number(row.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const stored = await database.db
      .selectFrom('auditLog')
      .select(['id', 'at', 'organisationId', 'userId', 'action', 'entityType', 'entityId', 'before', 'after'])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    expect(stored.map(({ id: _id, ...row }) => row)).toEqual(rows);
  });

  it('writes thousands of rows in several statements that keep the order, each next one built while the last is written', async () => {
    const at = '2026-11-27T05:00:00.000Z';
    const rows = Array.from({ length: 2500 }, (_, index) => ({ at, action: `bulk.${index}`, entityType: 'item', entityId: String(index) }));
    const inserted = await insertJsonRows(database.db, 'auditLog', rows, ['id', 'entityId']);
    expect(inserted.map((row) => row.entityId)).toEqual(rows.map((row) => row.entityId));
    const ids = inserted.map((row) => Number(row.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('fails the whole call when a later statement fails, and its transaction writes nothing', async () => {
    const at = '2026-11-27T05:00:00.000Z';
    // Row 1,700 lacks its action (NOT NULL): the second statement fails after the first was written.
    const rows = Array.from({ length: 2500 }, (_, index) => ({ at, action: index === 1700 ? null : 'bulk.rollback', entityType: 'item', entityId: null }));
    await expect(database.db.transaction().execute((trx) => insertJsonRows(trx, 'auditLog', rows))).rejects.toThrow(/action/);
    const written = await database.db.selectFrom('auditLog').select('id').where('action', '=', 'bulk.rollback').execute();
    expect(written).toEqual([]);
  });

  it('writes nothing for no rows', async () => {
    expect(await insertJsonRows(database.db, 'auditLog', [], ['id'])).toEqual([]);
  });
});
