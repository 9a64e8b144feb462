import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ReadLedgerOptions, ReadLedgerResult } from '../ledger-xlsx/index.js';
import { AppError } from '../../shared/app-error.js';
import type { ReadProgressOptions, ReadProgressResult } from '../progress-import/read-progress-workbook.js';
import type { ParseReply, ParseRequest, ParseResult, ParseTask } from './parse-workbook.protocol.js';

/**
 * Uploaded workbooks are read (zip checks, then ExcelJS) in separate processes with a heap cap and a
 * wall-clock limit, a few at a time, so a file built to exhaust memory or time costs the server
 * nothing: the parsing process dies, the upload gets 422 IMPORT_FILE_TOO_COMPLEX, other requests go on.
 *
 * Processes, not worker threads: a worker that reaches `resourceLimits` can still abort the whole
 * process (nodejs/node#47224, reproduced here with ExcelJS at 64 MB), and those limits leave Buffers
 * and ArrayBuffers (all of an unzipped workbook) uncounted. A process takes its heap and buffers with it.
 */
export interface WorkbookParsingLimits {
  /** Heap of each parsing process (--max-old-space-size). */
  memoryMb: number;
  /** How long one file may take, start of its process included, before the process is killed. */
  timeoutSeconds: number;
  /** Files parsed at once; the others wait their turn. */
  concurrency: number;
  /** Files allowed to wait; more uploads at once are refused (429) rather than held in memory. */
  maxQueued: number;
}

export const DEFAULT_WORKBOOK_PARSING: WorkbookParsingLimits = { memoryMb: 256, timeoutSeconds: 60, concurrency: 2, maxQueued: 16 };

type Failure = 'memory' | 'time';

interface Job {
  content: Buffer;
  task: ParseTask;
  resolve: (result: ParseResult) => void;
  reject: (error: unknown) => void;
}

/** Run from TypeScript (tsx, vitest) the child needs tsx too; from dist it is plain JavaScript. */
const IS_SOURCE = import.meta.url.endsWith('.ts');
const CHILD_ENTRY = fileURLToPath(new URL(`./parse-workbook.child.${IS_SOURCE ? 'ts' : 'js'}`, import.meta.url));
/** The child gets no keys, no database address and no NODE_OPTIONS (whose heap size would override ours). */
const CHILD_ENV_NAMES = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'];

export class WorkbookParserPool {
  private readonly idle: ChildProcess[] = [];
  private readonly queue: Job[] = [];
  private running = 0;
  private nextId = 1;
  private isClosed = false;

  constructor(readonly limits: WorkbookParsingLimits) {}

  parse(content: Buffer, options: ReadLedgerOptions): Promise<ReadLedgerResult> {
    return this.read(content, { reader: 'ledger', options }) as Promise<ReadLedgerResult>;
  }

  parseProgress(content: Buffer, options: ReadProgressOptions): Promise<ReadProgressResult> {
    return this.read(content, { reader: 'progress', options }) as Promise<ReadProgressResult>;
  }

  private read(content: Buffer, task: ParseTask): Promise<ParseResult> {
    if (this.queue.length >= this.limits.maxQueued) {
      return Promise.reject(new AppError('RATE_LIMITED', { retryAfterSeconds: 30, reason: 'too many workbooks waiting to be read' }));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ content, task, resolve, reject });
      this.pump();
    });
  }

  /** Ends the idle processes; a busy one ends when its file is done. */
  close(): void {
    this.isClosed = true;
    for (const child of this.idle.splice(0)) child.kill();
  }

  private pump(): void {
    while (this.running < this.limits.concurrency && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.running++;
      void this.run(job).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async run(job: Job): Promise<void> {
    const child = this.idle.pop() ?? this.spawn();
    try {
      job.resolve(await this.exchange(child, job));
      this.release(child);
    } catch (error) {
      child.kill('SIGKILL');
      job.reject(error);
    }
  }

  private spawn(): ChildProcess {
    const execArgv = [
      // tsx as resolved from here: a bare 'tsx' is looked up from the working directory, which may be anywhere.
      ...(IS_SOURCE ? ['--conditions=source', '--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : []),
      `--max-old-space-size=${this.limits.memoryMb}`,
      '--max-semi-space-size=16',
    ];
    const env = Object.fromEntries(CHILD_ENV_NAMES.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]]])));
    const child = fork(CHILD_ENTRY, [], { execArgv, env, serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('exit', () => {
      const at = this.idle.indexOf(child);
      if (at >= 0) this.idle.splice(at, 1);
    });
    return child;
  }

  /** An idle process must not keep the server (or a command) alive; a busy one must. */
  private release(child: ChildProcess): void {
    if (this.isClosed || this.idle.length >= this.limits.concurrency) return void child.kill();
    child.unref();
    child.channel?.unref?.();
    this.idle.push(child);
  }

  private exchange(child: ChildProcess, job: Job): Promise<ParseResult> {
    const id = this.nextId++;
    child.ref();
    child.channel?.ref?.();
    return new Promise((resolve, reject) => {
      let hasTimedOut = false;
      const timer = setTimeout(() => {
        hasTimedOut = true;
        child.kill('SIGKILL');
      }, this.limits.timeoutSeconds * 1000);
      const settle = () => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        child.off('error', onError);
      };
      const onMessage = (reply: ParseReply) => {
        if (reply.id !== id) return;
        settle();
        if (reply.ok) resolve(reply.result);
        else reject(new Error(`the workbook parser failed: ${reply.message}`));
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        settle();
        const failure = failureOf(hasTimedOut, code, signal);
        reject(failure ? this.refusal(failure) : new Error(`the workbook parser exited (code ${code}, signal ${signal})`));
      };
      const onError = (error: Error) => {
        settle();
        reject(error);
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.on('error', onError);
      const request: ParseRequest = { id, content: new Uint8Array(job.content), task: job.task };
      child.send(request);
    });
  }

  private refusal(reason: Failure): AppError {
    return new AppError('IMPORT_FILE_TOO_COMPLEX', { reason, memoryMb: this.limits.memoryMb, timeoutSeconds: this.limits.timeoutSeconds });
  }
}

/**
 * V8 out of heap aborts the process (SIGABRT, or 134 through a shell); the kernel's OOM killer sends
 * SIGKILL. Any other exit is our fault, not the file's, and stays a 500.
 */
function failureOf(hasTimedOut: boolean, code: number | null, signal: NodeJS.Signals | null): Failure | null {
  if (hasTimedOut) return 'time';
  if (signal === 'SIGABRT' || signal === 'SIGKILL' || code === 134) return 'memory';
  return null;
}

let pool = new WorkbookParserPool(DEFAULT_WORKBOOK_PARSING);

/** The limits are per process (they budget its memory), so there is one pool, set from the configuration. */
export function configureWorkbookParsing(limits: WorkbookParsingLimits): void {
  pool.close();
  pool = new WorkbookParserPool(limits);
}

export function stopWorkbookParsing(): void {
  pool.close();
}

/** A workbook's rows and problems, read in a parsing process (see above). */
export function parseWorkbookIsolated(content: Buffer, options: ReadLedgerOptions): Promise<ReadLedgerResult> {
  return pool.parse(content, options);
}

/** Past progress read from a workbook, in a parsing process like a ledger (see above). */
export function parseProgressIsolated(content: Buffer, options: ReadProgressOptions): Promise<ReadProgressResult> {
  return pool.parseProgress(content, options);
}
