import { randomUUID } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Evidence content on disk, addressed by its SHA-256: `<dataDir>/evidence/ab/abcdef…`. Identical
 * content is stored once; a file appears under its final name only complete (written to a temporary
 * name in the same folder, flushed, then renamed), so a crash never leaves half a file behind it.
 */
const SHA256_HEX = /^[0-9a-f]{64}$/;

export function evidencePath(dataDir: string, sha256: string): string {
  // The hash comes from our own database; checked anyway, as it becomes a path.
  if (!SHA256_HEX.test(sha256)) throw new Error(`not a sha-256: ${sha256}`);
  return path.join(dataDir, 'evidence', sha256.slice(0, 2), sha256);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** Stores the content unless it is there already; says whether this call created the file. */
export async function storeEvidenceContent(dataDir: string, sha256: string, content: Buffer): Promise<{ isNew: boolean }> {
  const target = evidencePath(dataDir, sha256);
  if (await exists(target)) return { isNew: false };
  const folder = path.dirname(target);
  await fs.mkdir(folder, { recursive: true });
  const temporary = path.join(folder, `.${sha256}.${randomUUID()}.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx', 0o640);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  return { isNew: true };
}

export async function removeEvidenceContent(dataDir: string, sha256: string): Promise<void> {
  await fs.rm(evidencePath(dataDir, sha256), { force: true });
}

/** The stored content as a stream with its size, or null when the file is missing. */
export async function openEvidenceContent(dataDir: string, sha256: string): Promise<{ stream: ReadStream; sizeBytes: number } | null> {
  const file = evidencePath(dataDir, sha256);
  try {
    const stat = await fs.stat(file);
    return { stream: createReadStream(file), sizeBytes: stat.size };
  } catch {
    return null;
  }
}
