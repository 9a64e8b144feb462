import { readLedgerWorkbook } from '../ledger-xlsx/read-ledger-workbook.js';
import { readProgressWorkbook } from '../progress-import/read-progress-workbook.js';
import type { ParseReply, ParseRequest } from './parse-workbook.protocol.js';

/**
 * The process that turns an uploaded workbook into plain rows (zip checks, then ExcelJS), one file at
 * a time, for parse-workbook-isolated.ts. It holds no database handle and no keys, and runs with a
 * heap cap: a file that exhausts it kills this process only, never the server.
 */
process.on('message', (message: ParseRequest) => {
  void handle(message).then((reply) => process.send?.(reply));
});
// The server went away (or closed its pool): nothing left to do.
process.on('disconnect', () => process.exit(0));

async function handle(request: ParseRequest): Promise<ParseReply> {
  try {
    const content = Buffer.from(request.content.buffer, request.content.byteOffset, request.content.byteLength);
    const { task } = request;
    const result = task.reader === 'ledger' ? await readLedgerWorkbook(content, task.options) : await readProgressWorkbook(content, task.options);
    return { id: request.id, ok: true, result };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
