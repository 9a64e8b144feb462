import type { Db } from '../db/database.js';
import { auditHash, GENESIS_HASH } from './audit-chain.js';
import type { AuditRow } from './audit.repository.js';
import { findAuditRowsAfter, findLatestPurgeRow } from './audit.repository.js';

export interface ChainBreak {
  rowId: number;
  problem: 'not_chained' | 'content_changed' | 'link_broken';
  messageZh: string;
  message: string;
}

export interface ChainReport {
  rowCount: number;
  /** The last row's hash: note it elsewhere, and a later truncation of the log's tail shows too. */
  headHash: string | null;
  lastId: number | null;
  /** Where the chain starts when older rows were purged. */
  anchor: PurgeAnchor | null;
  broken: ChainBreak | null;
}

/** What a purge record says about the rows it removed: the oldest kept row links to `throughHash`. */
export interface PurgeAnchor {
  throughId: number;
  throughHash: string;
}

const BATCH = 1000;

export function purgeAnchorOf(row: AuditRow): PurgeAnchor | null {
  try {
    const after = JSON.parse(row.after ?? 'null') as Partial<PurgeAnchor> | null;
    return typeof after?.throughId === 'number' && typeof after.throughHash === 'string'
      ? { throughId: after.throughId, throughHash: after.throughHash }
      : null;
  } catch {
    return null;
  }
}

function checkRow(row: AuditRow, expectedPrev: string, previousId: number | null, anchor: PurgeAnchor | null): ChainBreak | null {
  if (row.hash === null || row.prevHash === null) {
    return { rowId: row.id, problem: 'not_chained', messageZh: `第 ${row.id} 条没有哈希：不在链上`, message: `row ${row.id} has no hash: not on the chain` };
  }
  if (auditHash(row.prevHash, row) !== row.hash) {
    return {
      rowId: row.id,
      problem: 'content_changed',
      messageZh: `第 ${row.id} 条的内容与其哈希不符：该记录被改动过`,
      message: `row ${row.id}: content does not match its hash (the row was changed)`,
    };
  }
  if (row.prevHash === expectedPrev) return null;
  const after = previousId !== null ? `第 ${previousId} 条` : anchor ? `清理时保留的锚点（第 ${anchor.throughId} 条之后）` : '链的起点';
  const afterEn = previousId !== null ? `row ${previousId}` : anchor ? `the purge anchor (after row ${anchor.throughId})` : 'the start of the chain';
  return {
    rowId: row.id,
    problem: 'link_broken',
    messageZh: `第 ${row.id} 条未接在${after}之后：其间有记录被删除或插入`,
    message: `row ${row.id}: prev_hash does not match ${afterEn} (a row before it was deleted or inserted)`,
  };
}

/** Walks the whole chain in id order and stops at the first broken link. */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const purge = await findLatestPurgeRow(db);
  const anchor = purge ? purgeAnchorOf(purge) : null;
  let expectedPrev = anchor?.throughHash ?? GENESIS_HASH;
  let previousId: number | null = null;
  let rowCount = 0;
  for (;;) {
    const rows = await findAuditRowsAfter(db, previousId ?? 0, BATCH);
    for (const row of rows) {
      const broken = checkRow(row, expectedPrev, previousId, anchor);
      if (broken) return { rowCount, headHash: null, lastId: previousId, anchor, broken };
      expectedPrev = row.hash!;
      previousId = row.id;
      rowCount += 1;
    }
    if (rows.length < BATCH) break;
  }
  return { rowCount, headHash: previousId === null ? null : expectedPrev, lastId: previousId, anchor, broken: null };
}
