import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import type { ReaderReply, ReaderRequest, ReaderWorkerData } from './sqlite-readers.protocol.js';

/**
 * A read-only connection to the server's SQLite file, in a thread of its own (see sqlite-readers.ts).
 * In WAL mode each statement sees every transaction committed before it starts, as a second process would.
 */
const { file, statementCacheSize } = workerData as ReaderWorkerData;
const database = new SQLite(file, { readonly: true, fileMustExist: true });
database.pragma('busy_timeout = 5000');
database.pragma('cache_size = -65536');

const statements = new Map<string, SQLite.Statement>();

function prepared(sql: string): SQLite.Statement {
  const cached = statements.get(sql);
  if (cached) return cached;
  const statement = database.prepare(sql);
  statements.set(sql, statement);
  if (statements.size > statementCacheSize) statements.delete(statements.keys().next().value!);
  return statement;
}

function answer({ id, sql, parameters }: ReaderRequest): ReaderReply {
  try {
    return { id, rows: prepared(sql).all(parameters) as Record<string, unknown>[] };
  } catch (error) {
    const { message, code } = error as { message: string; code?: string };
    return { id, error: { message, code: code ?? 'SQLITE_ERROR' } };
  }
}

parentPort!.on('message', (request: ReaderRequest) => parentPort!.postMessage(answer(request)));
