import type { ReadLedgerOptions, ReadLedgerResult } from '../ledger-xlsx/index.js';
import type { ReadProgressOptions, ReadProgressResult } from '../progress-import/read-progress-workbook.js';

/** What a parsing process reads a workbook as: a ledger (tasks) or past progress (历史数据导入). */
export type ParseTask = { reader: 'ledger'; options: ReadLedgerOptions } | { reader: 'progress'; options: ReadProgressOptions };

export type ParseResult = ReadLedgerResult | ReadProgressResult;

/** The messages between the server and its workbook-parsing process (structured clone over IPC). */
export interface ParseRequest {
  id: number;
  content: Uint8Array;
  task: ParseTask;
}

export type ParseReply = { id: number; ok: true; result: ParseResult } | { id: number; ok: false; message: string };
