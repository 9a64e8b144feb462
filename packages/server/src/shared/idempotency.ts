import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.js';
import { AppError } from './app-error.js';
import { addHours, nowIso } from './clock.js';
import type { IdempotencyRecord } from './idempotency.repository.js';
import { deleteIdempotencyKey, findIdempotencyKey, insertIdempotencyKey, saveIdempotentResponse, takeOverIdempotencyKey } from './idempotency.repository.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A POST a client may retry with an `Idempotency-Key` header: the first answer is kept and replayed. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    /** The key this request claimed (its answer is stored when it is sent). */
    idempotencyClaim: { userId: number; key: string } | null;
  }
}

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_REPLAYED_HEADER = 'idempotent-replayed';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
const KEY_HOURS = 24;
// Longer than any upload's reading; a body past it is refused by the route's own limit anyway.
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
// An in-progress key older than this belongs to a request whose server stopped: it may be taken over.
const ABANDONED_AFTER_MS = 2 * 60_000;

export interface IdempotencyOptions {
  /** How long a duplicate waits for the first request to finish before getting 409. */
  waitMs?: number;
}

function sortedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedJson);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sortedJson(v)]),
  );
}

/**
 * What makes two bodies "the same": JSON by its content (key order and spacing aside), multipart by
 * its bytes without the boundary (every client picks a new one per request), anything else by its bytes.
 */
export function hashRequestBody(contentType: string | undefined, raw: Buffer): string {
  const hash = createHash('sha256');
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    try {
      hash.update(JSON.stringify(sortedJson(JSON.parse(raw.toString('utf8') || 'null'))));
      return hash.digest('hex');
    } catch {
      // Malformed JSON: compared by its bytes (the route refuses it anyway).
    }
  }
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1];
  if (type.startsWith('multipart/') && boundary) hash.update(raw.toString('latin1').replaceAll(boundary, ''), 'latin1');
  else hash.update(raw);
  return hash.digest('hex');
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_BUFFERED_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function requestName(request: FastifyRequest): string {
  return `${request.method} ${request.url.split('?')[0]}`;
}

/** Claims the key, or returns the finished answer to replay; waits (up to waitMs) while another request holds it. */
async function claimOrReplay(db: Db, userId: number, key: string, request: string, requestHash: string, waitMs: number): Promise<IdempotencyRecord | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const now = nowIso();
    if (await insertIdempotencyKey(db, { userId, key, request, requestHash, now, expiresAt: addHours(now, KEY_HOURS) })) return null;
    const existing = await findIdempotencyKey(db, userId, key);
    if (!existing) continue; // expired and deleted between the two queries: claim it afresh
    if (existing.request !== request || existing.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED', { key });
    if (existing.responseStatus !== null) return existing;
    const staleBefore = new Date(Date.now() - ABANDONED_AFTER_MS).toISOString();
    if (await takeOverIdempotencyKey(db, userId, key, staleBefore, now)) return null;
    if (Date.now() >= deadline) throw new AppError('IDEMPOTENCY_KEY_IN_PROGRESS', { key });
    await sleep(50);
  }
}

function replay(reply: FastifyReply, record: IdempotencyRecord): FastifyReply {
  return reply
    .code(record.responseStatus ?? 200)
    .header(IDEMPOTENCY_REPLAYED_HEADER, 'true')
    .type('application/json; charset=utf-8')
    .send(record.responseBody ?? '');
}

/**
 * `Idempotency-Key` on the POSTs that opt in with `config: { idempotent: true }`. The first request
 * with a key claims it (per user) with the method, path and a hash of its body; its answer (status
 * and body) is stored when sent. A repeat with the same body gets that answer again without the
 * handler running; another body under the same key is 422; a repeat that arrives while the first
 * still runs waits for it, then gets 409 if it has not finished. Keys expire after 24 hours. Server
 * errors (5xx) are not kept: the key is released so that the retry runs. Register after the access
 * hook: keys belong to the caller.
 */
export function registerIdempotency(app: FastifyInstance, db: Db, options: IdempotencyOptions = {}): void {
  const waitMs = options.waitMs ?? 5000;
  app.decorateRequest('idempotencyClaim', null);

  // preParsing: the body's bytes are at hand (JSON and multipart alike) before any handler reads them.
  app.addHook('preParsing', async (request, reply, payload) => {
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (!request.routeOptions.config.idempotent || request.method !== 'POST' || key === undefined || !request.actor) return payload;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'headers.idempotency-key', message: '1–255 visible ASCII characters' }] });
    }
    const raw = await readAll(payload);
    const userId = request.actor.userId;
    const record = await claimOrReplay(db, userId, key, requestName(request), hashRequestBody(request.headers['content-type'], raw), waitMs);
    if (record) return replay(reply, record);
    request.idempotencyClaim = { userId, key };
    const replacement = Readable.from([raw]) as Readable & { receivedEncodedLength: number };
    replacement.receivedEncodedLength = raw.length;
    return replacement;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = null;
    if (reply.statusCode < 500 && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      await saveIdempotentResponse(db, claim.userId, claim.key, reply.statusCode, payload.toString());
    } else {
      await deleteIdempotencyKey(db, claim.userId, claim.key);
    }
    return payload;
  });

  // A request that ended without a stored answer leaves its key free for the retry.
  app.addHook('onResponse', async (request) => {
    const claim = request.idempotencyClaim;
    if (claim) await deleteIdempotencyKey(db, claim.userId, claim.key);
  });
}
