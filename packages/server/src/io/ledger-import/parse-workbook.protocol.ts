import type { ReadLedgerOptions, ReadLedgerResult } from '../ledger-xlsx/index.js';

/** The messages between the server and its workbook-parsing process (structured clone over IPC). */
export interface ParseRequest {
  id: number;
  content: Uint8Array;
  options: ReadLedgerOptions;
}

export type ParseReply = { id: number; ok: true; result: ReadLedgerResult } | { id: number; ok: false; message: string };
