import multipart from '@fastify/multipart';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';

/**
 * File uploads (multipart/form-data), registered once for the whole app. The plugin's defaults are
 * strict (one small file); each upload route reads its one file with `readSingleFile` and its own
 * size limit, so features never register the plugin again or share each other's limits.
 */
export async function registerMultipart(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    throwFileSizeLimit: true,
    limits: { files: 1, fields: 10, parts: 11, fileSize: 1024 * 1024, headerPairs: 50, fieldSize: 10_000 },
  });
}

/** One uploaded file: its name as the client sent it and its content, read only when asked for. */
export interface UploadedFile {
  fileName: string;
  /** Reads the file to its end; refuses (FILE_TOO_LARGE) past the limit and a second file. */
  readContent(): Promise<Buffer>;
}

const MULTIPART_LIMIT_CODES = ['FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT'];

/** The plugin's own errors, in the app's terms. */
function translate(error: unknown, maxBytes: number): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new AppError('FILE_TOO_LARGE', { maxBytes });
  if (typeof code === 'string' && MULTIPART_LIMIT_CODES.includes(code)) return new AppError('ONE_FILE_REQUIRED', { reason: 'one file per request' });
  if (typeof code === 'string' && code.startsWith('FST_')) return new AppError('ONE_FILE_REQUIRED', { reason: (error as Error).message });
  return error;
}

/**
 * The request's one file, whose content is read later (so the caller can refuse a request it may not
 * make before accepting megabytes from it). Other form fields are ignored; a second file is refused.
 */
export async function readSingleFile(request: FastifyRequest, maxBytes: number): Promise<UploadedFile> {
  if (!request.isMultipart()) throw new AppError('ONE_FILE_REQUIRED', { reason: 'multipart/form-data expected' });
  const parts = request.parts({ limits: { files: 1, fileSize: maxBytes } });
  const file = await nextFile(parts, maxBytes);
  if (!file) throw new AppError('ONE_FILE_REQUIRED', { reason: 'no file in the request' });
  return {
    fileName: file.filename,
    readContent: async () => {
      try {
        const content = await file.toBuffer();
        // Whatever follows the file must not be another file (the files limit raises it as an error).
        if (await nextFile(parts, maxBytes)) throw new AppError('ONE_FILE_REQUIRED', { reason: 'one file per request' });
        return content;
      } catch (error) {
        throw translate(error, maxBytes);
      }
    },
  };
}

type Parts = AsyncIterableIterator<Multipart>;

/** The next file part, skipping plain fields. Iterated by hand: `for await` would close the parts. */
async function nextFile(parts: Parts, maxBytes: number): Promise<MultipartFile | undefined> {
  try {
    for (let step = await parts.next(); !step.done; step = await parts.next()) if (step.value.type === 'file') return step.value;
    return undefined;
  } catch (error) {
    throw translate(error, maxBytes);
  }
}
