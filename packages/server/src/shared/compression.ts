import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this an answer fits a packet or two anyway: compressing it costs more than it saves. */
const MIN_BYTES = 1024;

/**
 * Brotli at quality 4: on the dashboard's and the lists' JSON (mostly Chinese text) it comes within a
 * few per cent of gzip -9's size at a fraction of brotli's default (11) CPU. gzip at its default level
 * for clients without br.
 */
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };

type Encoding = 'br' | 'gzip';

/** The encoding the client accepts that we prefer (br, then gzip); q=0 refuses one. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (encoding: Encoding) => accepted.get(encoding) ?? (accepted.has('*') ? accepted.get('*')! : 0);
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return null;
}

function isCompressible(reply: FastifyReply, payload: unknown): payload is string | Buffer {
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return false;
  if (reply.getHeader('content-encoding')) return false;
  const type = String(reply.getHeader('content-type') ?? '');
  // JSON and CSV; workbooks, documents and evidence files are zipped or binary already.
  return /^(application\/json|text\/csv)/.test(type) && Buffer.byteLength(payload) >= MIN_BYTES;
}

async function compress(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  reply.header('Vary', 'Accept-Encoding');
  if (!isCompressible(reply, payload)) return payload;
  const encoding = chooseEncoding(request.headers['accept-encoding']);
  if (!encoding) return payload;
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const compressed = encoding === 'br' ? await brotli(body, BROTLI_OPTIONS) : await gzipAsync(body);
  reply.header('Content-Encoding', encoding);
  reply.removeHeader('Content-Length');
  // The tag names the uncompressed answer: weak, as it now stands for each encoding of it
  // (If-None-Match compares weakly, so a client sending it back still gets its 304).
  const etag = reply.getHeader('etag');
  if (typeof etag === 'string' && !etag.startsWith('W/')) reply.header('ETag', `W/${etag}`);
  return compressed;
}

/**
 * API answers compressed on the way out (the web's assets are precompressed at build time,
 * web/serve-web.ts). Registered after the ETag hook, so the tag is computed from the uncompressed
 * answer and a 304 (no body) is never touched.
 */
export function registerCompression(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => (request.url.startsWith('/api/') ? compress(request, reply, payload) : payload));
}
