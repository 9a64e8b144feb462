import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleLedger } from './support/import-client.js';
import type { OfficeFixture } from './support/ledger-fixtures.js';
import { buildOfficeWithoutItems } from './support/ledger-fixtures.js';
import { cliEnvironment, runPlantrackIn, SLOW_TEST_MS } from './support/run-plantrack.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp } from './support/test-app.js';

/** Paths an operator gives the `plantrack` command are meant from the folder they typed it in. */
let t: TestApp;
let fixture: OfficeFixture;
let root: string;
beforeAll(async () => {
  t = await createTestApp();
  fixture = await buildOfficeWithoutItems(t.db);
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-paths-'));
});
afterAll(async () => {
  fs.rmSync(root, { recursive: true, force: true });
  await t.close();
});

describe('paths given to plantrack', () => {
  it(
    'a relative --out lands in the folder the command was typed in, its missing folders created, from outside the repository too',
    async () => {
      const typedIn = path.join(root, '办公室');
      fs.mkdirSync(typedIn);
      const env = cliEnvironment(t.database.target);
      const result = await runPlantrackIn(
        typedIn,
        env,
        'export',
        '--ledger',
        'master',
        '--out',
        '导出/总台账.xlsx',
        '--organisation',
        fixture.organisationCode,
      );
      expect(result.code, result.stderr).toBe(0);
      const written = path.join(typedIn, '导出', '总台账.xlsx');
      expect(fs.existsSync(written)).toBe(true);
      expect(result.stdout).toContain(written);
    },
    SLOW_TEST_MS,
  );

  it(
    'under `npm run plantrack` (which runs from the repository root) paths are meant from INIT_CWD, for export and import alike',
    async () => {
      const [typedIn, appDir] = [path.join(root, '科室'), path.join(root, 'app')];
      fs.mkdirSync(typedIn);
      fs.mkdirSync(appDir);
      fs.writeFileSync(path.join(typedIn, '台账.xlsx'), exampleLedger);
      const env = { ...cliEnvironment(t.database.target), npm_lifecycle_event: 'plantrack', INIT_CWD: typedIn };
      const dry = await runPlantrackIn(appDir, env, 'import', '台账.xlsx', '--ledger', 'master', '--dry-run', '--organisation', fixture.organisationCode);
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain('将新建 42 项');
      const exported = await runPlantrackIn(appDir, env, 'export', '--ledger', 'master', '--out', 'm.csv', '--organisation', fixture.organisationCode);
      expect(exported.code, exported.stderr).toBe(0);
      expect(fs.existsSync(path.join(typedIn, 'm.csv'))).toBe(true);
      expect(fs.readdirSync(appDir)).toEqual([]);
    },
    SLOW_TEST_MS,
  );

  it(
    'an --out that cannot be written says why in Chinese, without a stack trace',
    async () => {
      fs.writeFileSync(path.join(root, '文件'), '');
      const env = cliEnvironment(t.database.target);
      const result = await runPlantrackIn(root, env, 'export', '--ledger', 'master', '--out', '文件/台账.xlsx', '--organisation', fixture.organisationCode);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('路径中有同名的文件');
      expect(result.stderr).not.toMatch(/ENOTDIR|EEXIST|\n\s+at /);
    },
    SLOW_TEST_MS,
  );
});
