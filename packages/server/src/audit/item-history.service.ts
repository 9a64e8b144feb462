import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/database.js';
import { getItemRow } from '../items/items.service.js';
import { presentHistoryEntry } from './item-history.presenter.js';
import { findHistoryAuthors, findItemHistoryPage } from './item-history.repository.js';
import type { ItemHistoryQuery } from '@plantrack/contract/audit/item-history.contract';

/**
 * Every recorded change of an item, newest first, for those who may read the item: another
 * department's item is "not found", as on the item page. A constant number of queries per page.
 */
export async function listItemHistory(db: Db, actor: Actor, itemId: number, query: ItemHistoryQuery) {
  const item = await getItemRow(db, actor, itemId);
  const { page, pageSize } = query;
  const { rows, total } = await findItemHistoryPage(db, actor.organisationId, item.id, pageSize, (page - 1) * pageSize);
  const authors = await findHistoryAuthors(
    db,
    actor.organisationId,
    rows.flatMap((row) => (row.userId === null ? [] : [row.userId])),
  );
  return { entries: rows.map((row) => presentHistoryEntry(row, authors)), total, page, pageSize };
}
