import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import type { ReaderReply, ReaderRequest, ReaderWorkerData } from './sqlite-readers.protocol.js';

/**
 * Run from TypeScript (tsx, vitest) the thread loads tsx first (a worker takes no `--import`); from
 * dist it is plain JavaScript.
 */
const IS_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_ENTRY = new URL(`./sqlite-reader.worker.${IS_SOURCE ? 'ts' : 'js'}`, import.meta.url);
const FROM_SOURCE = IS_SOURCE
  ? `import(${JSON.stringify(tsxEsmApi())}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_ENTRY.href)}); })`
  : '';

/**
 * tsx's ESM API as its package exports it, resolved from here: the thread's code would look a bare
 * 'tsx/esm/api' up from the working directory, so `plantrack` run from another folder had no readers.
 */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('tsx/package.json');
  const { exports } = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(path.join(path.dirname(manifest), exports['./esm/api']!.import.default)).href;
}

/** Reader threads by default: every core but the one the server's own thread runs on, at least one, at most four. */
export function defaultReaderCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

interface Pending {
  resolve: (rows: Record<string, unknown>[]) => void;
  reject: (error: Error) => void;
}

interface Reader {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * Threads, each with its own read-only connection to the SQLite file, that run SELECTs while a write
 * transaction (an import, a submission) holds the server's connection, so reads go on instead of
 * waiting for it (see sqlite-dialect.ts). Threads start on first use; one that dies fails its reads
 * and is replaced by the next read.
 */
export class SqliteReaderPool {
  readonly #readers: Reader[] = [];
  #nextId = 1;
  #isClosed = false;

  constructor(
    readonly file: string,
    readonly size: number,
    readonly statementCacheSize: number,
  ) {}

  run(sql: string, parameters: readonly unknown[]): Promise<Record<string, unknown>[]> {
    if (this.#isClosed) return Promise.reject(new Error('the SQLite readers are closed'));
    const reader = this.#leastBusy();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      // A thread with reads in flight keeps the process alive (a CLI awaiting one must not exit); an idle one does not.
      if (reader.pending.size === 0) reader.worker.ref();
      reader.pending.set(id, { resolve, reject });
      reader.worker.postMessage({ id, sql, parameters } satisfies ReaderRequest);
    });
  }

  async close(): Promise<void> {
    this.#isClosed = true;
    await Promise.all(this.#readers.splice(0).map((reader) => reader.worker.terminate()));
  }

  #leastBusy(): Reader {
    const idle = this.#readers.find((reader) => reader.pending.size === 0);
    if (idle) return idle;
    if (this.#readers.length < this.size) return this.#spawn();
    return this.#readers.reduce((best, reader) => (reader.pending.size < best.pending.size ? reader : best));
  }

  #spawn(): Reader {
    const workerData: ReaderWorkerData = { file: this.file, statementCacheSize: this.statementCacheSize };
    const worker = IS_SOURCE ? new Worker(FROM_SOURCE, { eval: true, workerData }) : new Worker(WORKER_ENTRY, { workerData });
    const reader: Reader = { worker, pending: new Map() };
    worker.on('message', (reply: ReaderReply) => {
      const pending = reader.pending.get(reply.id);
      reader.pending.delete(reply.id);
      if (reader.pending.size === 0) reader.worker.unref();
      if ('rows' in reply) pending?.resolve(reply.rows);
      else pending?.reject(new SQLite.SqliteError(reply.error.message, reply.error.code));
    });
    const fail = (error: Error) => {
      const index = this.#readers.indexOf(reader);
      if (index >= 0) this.#readers.splice(index, 1);
      for (const pending of reader.pending.values()) pending.reject(error);
      reader.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a SQLite reader thread ended (exit code ${code})`)));
    worker.unref();
    this.#readers.push(reader);
    return reader;
  }
}
