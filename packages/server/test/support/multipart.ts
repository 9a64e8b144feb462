import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Session } from './test-app.js';

/** One part of a multipart/form-data body: a file (with a name) or a plain field. */
export interface FormPart {
  field: string;
  content: Buffer | string;
  fileName?: string;
  contentType?: string;
}

/** A multipart/form-data body built by hand, byte for byte, as a browser sends it. */
export function multipartBody(parts: readonly FormPart[]): { payload: Buffer; contentType: string } {
  const boundary = `----plantrack${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.field}"${part.fileName === undefined ? '' : `; filename="${part.fileName}"`}`;
    const type = part.fileName === undefined ? '' : `Content-Type: ${part.contentType ?? 'application/octet-stream'}\r\n`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`, 'utf8'));
    chunks.push(Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content, 'utf8'));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Posts a multipart body with the session's cookie and CSRF token. */
export async function postMultipart(app: FastifyInstance, session: Session, url: string, parts: readonly FormPart[]): Promise<LightMyRequestResponse> {
  const { payload, contentType } = multipartBody(parts);
  return app.inject({
    method: 'POST',
    url,
    payload,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': contentType },
  });
}

/** Uploads one file in the field `file`, as the web app does. */
export async function uploadFile(app: FastifyInstance, session: Session, url: string, fileName: string, content: Buffer | string, contentType?: string) {
  return postMultipart(app, session, url, [{ field: 'file', fileName, content, ...(contentType ? { contentType } : {}) }]);
}
