import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.js';
import { openDatabase } from './database.js';
import { compileWithTemplate } from './query-templates.js';

describe('compileWithTemplate', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = openDatabase({ kind: 'sqlite', file: ':memory:' });
    await sql`create table areas (id integer primary key, code text, plan_id integer)`.execute(handle.db);
    await sql`insert into areas (id, code, plan_id) values (1, 'a', 1), (2, 'b', 1), (3, 'c', 2), (4, 'd', 1)`.execute(handle.db);
  });
  afterAll(() => handle.destroy());

  it('compiles a shape once and fills in the arguments of every later call', async () => {
    const db = handle.db;
    let builds = 0;
    const codesOf = async (planId: number, ids: number[]) => {
      const compiled = compileWithTemplate(db, `test.areas:${ids.length}`, [planId, ...ids] as const, ([plan, ...areaIds]) => {
        builds += 1;
        return db.selectFrom('areas').select('code').where('planId', '=', plan).where('id', 'in', areaIds).where('code', '!=', 'zz').orderBy('id');
      });
      return (await db.executeQuery(compiled)).rows.map((row) => row.code);
    };
    expect(await codesOf(1, [1, 2])).toEqual(['a', 'b']);
    expect(await codesOf(1, [2, 4])).toEqual(['b', 'd']);
    expect(await codesOf(2, [3, 4])).toEqual(['c']);
    // The first call builds twice (real arguments, then stand-ins); later calls not at all.
    expect(builds).toBe(2);
  });

  it('compiles every time a shape whose SQL depends on an argument’s value', async () => {
    const db = handle.db;
    const codesOf = async (id: number) => {
      const compiled = compileWithTemplate(db, 'test.valueShaped', [id] as const, ([areaId]) =>
        areaId > 2 ? db.selectFrom('areas').select('code').where('id', '=', 4) : db.selectFrom('areas').select('code').where('id', '=', areaId),
      );
      return (await db.executeQuery(compiled)).rows.map((row) => row.code);
    };
    expect(await codesOf(1)).toEqual(['a']);
    expect(await codesOf(3)).toEqual(['d']);
    expect(await codesOf(2)).toEqual(['b']);
  });
});
