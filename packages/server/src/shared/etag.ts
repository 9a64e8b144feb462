import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A read-mostly GET: its answer carries an ETag, and a request whose If-None-Match matches gets 304. */
    etag?: boolean;
  }
}

/** The validator of a body: its SHA-1 (fast; a tag needs no secrecy), so the same bytes always have the same tag, on any app server. */
function etagOf(payload: Buffer): string {
  return `"${createHash('sha1').update(payload).digest('base64url')}"`;
}

function isMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/**
 * ETags for routes that opt in with `config: { etag: true }`. The tag is computed from the answer
 * itself, so it is exact whatever changed the data; a repeat request whose If-None-Match still
 * matches gets 304 and no body (a list's or a dashboard's hundred kilobytes are not sent again).
 * API answers stay `no-store` (shared/security-headers.ts): browsers keep nothing on disk, so the
 * client revalidates from its own memory — it sends back the ETag of the answer it holds.
 */
export function registerEtag(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.routeOptions.config.etag || request.method !== 'GET' || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    // A list's JSON is ~100 KB of mostly Chinese text: encoded to UTF-8 once here, the hash and the
    // socket both take these bytes (a string would be encoded for the hash, measured for
    // Content-Length and encoded again for the socket).
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    const etag = etagOf(body);
    reply.header('ETag', etag);
    if (!isMatch(request.headers['if-none-match'], etag)) return body;
    reply.code(304);
    reply.removeHeader('Content-Type');
    return '';
  });
}
