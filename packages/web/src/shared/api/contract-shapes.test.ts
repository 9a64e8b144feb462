import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FEATURES = fileURLToPath(new URL('../../features', import.meta.url));

function apiFiles(): string[] {
  return readdirSync(FEATURES).flatMap((feature) => {
    const folder = path.join(FEATURES, feature, 'api');
    try {
      return readdirSync(folder)
        .filter((name) => /\.tsx?$/.test(name))
        .map((name) => path.join(folder, name));
    } catch {
      return [];
    }
  });
}

describe('the web app declares no API shapes of its own', () => {
  it('finds the feature api files it checks', () => {
    expect(apiFiles().length).toBeGreaterThan(20);
  });

  it('no feature api file builds a zod schema: answers are typed by the contract the server is held to', () => {
    const offenders = apiFiles().filter((file) => /\bz\.(object|strictObject|array|enum|union)\(|from 'zod/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => path.relative(FEATURES, file))).toEqual([]);
  });

  it('every request names its answer type from the contract', () => {
    const untyped = apiFiles().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/apiRequest(<[^>]*>)?\(/g)].filter((call) => !call[1]).map(() => path.relative(FEATURES, file)),
    );
    expect(untyped).toEqual([]);
  });
});
