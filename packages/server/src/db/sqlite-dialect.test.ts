import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import type { Generated } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RoutingSqliteDialect } from './sqlite-dialect.js';
import type { RoutingSqliteConfig } from './sqlite-dialect.js';

interface Tables {
  notes: { id: Generated<number>; text: string };
}

let dir: string;
let file: string;
const opened: Kysely<Tables>[] = [];

function open(options: Partial<RoutingSqliteConfig> = {}): Kysely<Tables> {
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  const db = new Kysely<Tables>({ dialect: new RoutingSqliteDialect({ database, file, readers: 1, ...options }) });
  opened.push(db);
  return db;
}

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-sqlite-'));
  file = path.join(dir, 'test.sqlite');
  const setup = new SQLite(file);
  setup.pragma('journal_mode = WAL');
  setup.exec("create table notes (id integer primary key, text text not null); insert into notes (text) values ('first');");
  setup.close();
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
  fs.rmSync(dir, { recursive: true, force: true });
});

const texts = (db: Kysely<Tables>) =>
  db
    .selectFrom('notes')
    .select('text')
    .orderBy('id')
    .execute()
    .then((rows) => rows.map((row) => row.text));

describe('SQLite with reader threads', () => {
  it('a read is answered while a write transaction holds the database, from what was committed before it', async () => {
    const db = open();
    const holding = deferred();
    const inserted = deferred();
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ text: 'uncommitted' }).execute();
      inserted.release();
      await holding.promise;
    });
    await inserted.promise;
    // Without the reader thread this read would wait for the transaction (and this test would time out).
    expect(await texts(db)).toEqual(['first']);
    holding.release();
    await transaction;
    expect(await texts(db)).toEqual(['first', 'uncommitted']);
  });

  it('a transaction reads its own writes, and a rolled-back one leaves nothing', async () => {
    const db = open();
    const seen = await db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ text: 'mine' }).execute();
      return texts(trx);
    });
    expect(seen).toEqual(['first', 'mine']);
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('notes').values({ text: 'lost' }).execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await texts(db)).toEqual(['first', 'mine']);
  });

  it('the reader thread has a connection of its own and reports SQL errors with their code', async () => {
    const db = open();
    // A temporary table exists only on the connection that made it: found on the server's thread, not on the reader's.
    await sql`create temp table scratch (n integer)`.execute(db);
    const count = sql<{ n: number }>`select count(*) as n from temp.scratch`;
    expect((await count.execute(db)).rows).toEqual([{ n: 0 }]);
    const holding = deferred();
    const begun = deferred();
    const transaction = db.transaction().execute(async () => {
      begun.release();
      await holding.promise;
    });
    await begun.promise;
    const error = await count.execute(db).catch((caught: unknown) => caught);
    holding.release();
    await transaction;
    expect(error).toBeInstanceOf(SQLite.SqliteError);
    expect((error as { code?: string }).code).toBe('SQLITE_ERROR');
    expect((error as Error).message).toContain('scratch');
    expect((await count.execute(db)).rows).toEqual([{ n: 0 }]);
  });

  it('with no reader threads, every query waits its turn on the one connection', async () => {
    const db = open({ readers: 0 });
    const holding = deferred();
    const inserted = deferred();
    const order: string[] = [];
    const transaction = db.transaction().execute(async (trx) => {
      await trx.insertInto('notes').values({ text: 'committed first' }).execute();
      inserted.release();
      await holding.promise;
      order.push('commit');
    });
    await inserted.promise;
    const read = texts(db).then((rows) => {
      order.push('read');
      return rows;
    });
    holding.release();
    await transaction;
    expect(await read).toEqual(['first', 'committed first']);
    expect(order).toEqual(['commit', 'read']);
  });
});
