import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateRowsIfVersion } from '../src/db/bulk-update.js';
import { buildItem, buildPlan } from './support/factories.js';
import type { PlanFixture } from './support/factories.js';
import { createTestDatabase } from './support/test-database.js';
import type { TestDatabase } from './support/test-database.js';

/** A re-imported ledger changes thousands of tasks at once; each must still be refused if someone changed it meanwhile. */
describe('changing many rows at once, each against the version read', () => {
  let database: TestDatabase;
  let plan: PlanFixture;

  beforeAll(async () => {
    database = await createTestDatabase();
    plan = await buildPlan(database.db);
  });
  afterAll(async () => database.destroy());

  const itemsByIds = (ids: number[]) =>
    database.db.selectFrom('items').select(['id', 'title', 'measures', 'targets', 'version']).where('id', 'in', ids).orderBy('id').execute();

  it('changes the rows whose version still matches, bumps their versions, and leaves a row changed meanwhile alone', async () => {
    const items = [];
    for (let i = 0; i < 3; i++) items.push(await buildItem(database.db, plan, { measures: `原措施${i}` }));
    const [first, second, third] = items as [(typeof items)[number], (typeof items)[number], (typeof items)[number]];
    await database.db.updateTable('items').set({ title: '别人刚改过', version: 2 }).where('id', '=', third.id).execute();
    const updated = await updateRowsIfVersion(database.db, 'items', [
      { id: first.id, version: 1, measures: '他说"好"，C:\\路径\\ {a,b}', targets: null },
      { id: second.id, version: 1, title: '只改标题' },
      { id: third.id, version: 1, title: '过期的修改' },
    ]);
    expect([...updated].sort((a, b) => a - b)).toEqual([first.id, second.id]);
    expect(await itemsByIds([first.id, second.id, third.id])).toEqual([
      { id: first.id, title: first.title, measures: '他说"好"，C:\\路径\\ {a,b}', targets: null, version: 2 },
      // A row that changes only its title keeps its measures: rows are grouped by the columns they change.
      { id: second.id, title: '只改标题', measures: '原措施1', targets: null, version: 2 },
      { id: third.id, title: '别人刚改过', measures: '原措施2', targets: null, version: 2 },
    ]);
  });

  it('changes more rows than one statement takes, keeping numbers as numbers', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 1203; i++) {
      const [row] = await database.db
        .insertInto('quarterlyPlans')
        .values({ itemId: (await buildItem(database.db, plan)).id, period: '2025Q1', milestone: null, cumulativeBp: null, createdAt: 'x', updatedAt: 'x' })
        .returning('id')
        .execute();
      ids.push(row!.id);
    }
    const updated = await updateRowsIfVersion(
      database.db,
      'quarterlyPlans',
      ids.map((id, index) => ({ id, version: 1, milestone: `完成${index}`, cumulativeBp: index, updatedAt: 'y' })),
    );
    expect(updated.size).toBe(ids.length);
    const stored = await database.db
      .selectFrom('quarterlyPlans')
      .select(['id', 'milestone', 'cumulativeBp', 'version'])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    expect(stored).toEqual(ids.map((id, index) => ({ id, milestone: `完成${index}`, cumulativeBp: index, version: 2 })));
  });
});
