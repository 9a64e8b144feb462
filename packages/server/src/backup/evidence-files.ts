import fs from 'node:fs/promises';
import path from 'node:path';
import { sha256OfFile } from './backup-manifest.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The finished evidence files of a data folder (`evidence/ab/abcdef…`); temporary files are skipped. */
export async function listEvidenceFiles(dataDir: string): Promise<string[]> {
  const root = path.join(dataDir, 'evidence');
  const prefixes = await fs.readdir(root).catch(() => [] as string[]);
  const files: string[] = [];
  for (const prefix of prefixes.sort()) {
    const names = await fs.readdir(path.join(root, prefix)).catch(() => [] as string[]);
    files.push(...names.filter((name) => SHA256_HEX.test(name) && name.startsWith(prefix)).sort());
  }
  return files;
}

function evidenceFile(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'evidence', sha256.slice(0, 2), sha256);
}

/** Copies each evidence file, checking on the copy that its content still has its name's hash. */
export async function copyEvidence(fromDir: string, toDir: string, sha256s: string[]): Promise<{ sha256: string; sizeBytes: number }[]> {
  const copied: { sha256: string; sizeBytes: number }[] = [];
  for (const sha256 of sha256s) {
    const target = evidenceFile(toDir, sha256);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(evidenceFile(fromDir, sha256), target);
    const actual = await sha256OfFile(target);
    if (actual !== sha256) throw new Error(`佐证材料内容与其校验和不符（evidence file is corrupt）: ${sha256}`);
    copied.push({ sha256, sizeBytes: (await fs.stat(target)).size });
  }
  return copied;
}

/** The evidence files whose content is missing or differs from the manifest. */
export async function findBadEvidence(dataDir: string, attachments: { sha256: string }[]): Promise<string[]> {
  const bad: string[] = [];
  for (const { sha256 } of attachments) {
    const actual = await sha256OfFile(evidenceFile(dataDir, sha256)).catch(() => null);
    if (actual !== sha256) bad.push(sha256);
  }
  return bad;
}
