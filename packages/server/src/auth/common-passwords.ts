import { readFileSync } from 'node:fs';

/**
 * The bundled list of common passwords (common-passwords.txt), read once. The path climbs to the
 * package and back into src/, so it resolves the same from src/auth (tsx, tests) and dist/auth (the
 * build, which does not copy text files).
 */
const LIST_URL = new URL('../../src/auth/common-passwords.txt', import.meta.url);

let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(LIST_URL, 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return common;
}

/** Case-insensitive: `P@ssw0rd` is as guessable as `p@ssw0rd`. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}
