import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupManifest } from '../src/backup/backup-manifest.js';
import type { DatabaseTarget } from '../src/db/database.js';
import { openDatabase } from '../src/db/database.js';
import { storeEvidenceContent } from '../src/reporting/evidence/evidence-store.js';
import { nowIso } from '../src/shared/clock.js';
import type { PlanFixture } from './support/factories.js';
import { buildCycle, buildDepartment, buildItem, buildPlan, buildReport } from './support/factories.js';
import { SLOW_TEST_MS, runPlantrack } from './support/run-plantrack.js';
import type { TestDatabase } from './support/test-database.js';
import { TEST_PG_URL, createTestDatabase } from './support/test-database.js';
import { TEST_KEY_ENV } from './support/test-keys.js';

function hasPgDump(): boolean {
  try {
    execFileSync('pg_dump', ['--version']);
    return true;
  } catch {
    return false;
  }
}
// On PostgreSQL the backup needs pg_dump/pg_restore; without them these tests are skipped, not failed.
const canRun = !TEST_PG_URL || hasPgDump();

let source: TestDatabase;
let sourceDir: string;
let restoreDir: string;
let backupDir: string;
let restoreTarget: DatabaseTarget;
let dropRestoreDatabase = async () => {};
let plan: PlanFixture;
let departmentId: number;
let cycle: { id: number; period: string };

/** The environment of `plantrack` for a data folder and database; keys from the folder's key files, as on a single server. */
function environment(dataDir: string, target: DatabaseTarget): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PLANTRACK_DATA_DIR: dataDir,
    DATABASE_URL: target.kind === 'postgres' ? target.url : '',
    PLANTRACK_AUDIT_KEY: '',
    PLANTRACK_DATA_KEY: '',
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A report for a new item, and every third one a piece of evidence (a file on disk and its row). */
async function writeReport(n: number): Promise<void> {
  const item = await buildItem(source.db, plan, { leadDepartmentId: departmentId });
  const report = await buildReport(source.db, cycle, item.id);
  if (n % 3 !== 0) return;
  const content = Buffer.from(`佐证材料 ${n} ${randomBytes(8).toString('hex')}`);
  const sha256 = createHash('sha256').update(content).digest('hex');
  await storeEvidenceContent(sourceDir, sha256, content);
  await source.db
    .insertInto('evidenceFiles')
    .values({
      reportId: report.id,
      itemId: item.id,
      sha256,
      originalName: `证明${n}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: content.length,
      uploadedBy: null,
      uploadedAt: nowIso(),
    })
    .execute();
}

beforeAll(async () => {
  if (!canRun) return;
  source = await createTestDatabase();
  sourceDir = source.target.kind === 'sqlite' ? path.dirname(source.target.file) : fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-backup-src-'));
  // The key files hold the run's test keys, which the migrated test database was made with.
  fs.mkdirSync(path.join(sourceDir, 'keys'), { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(sourceDir, 'keys', 'audit.key'), `${TEST_KEY_ENV.PLANTRACK_AUDIT_KEY}\n`, { mode: 0o600 });
  fs.writeFileSync(path.join(sourceDir, 'keys', 'data.key'), `${TEST_KEY_ENV.PLANTRACK_DATA_KEY}\n`, { mode: 0o600 });
  restoreDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-restore-'));
  backupDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plantrack-backups-')), 'backup-1');
  if (TEST_PG_URL) {
    const name = `plantrack_restore_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create database ${name}`);
    const url = new URL(TEST_PG_URL);
    url.pathname = `/${name}`;
    restoreTarget = { kind: 'postgres', url: url.toString() };
    dropRestoreDatabase = () => adminQuery(`drop database if exists ${name} with (force)`);
  } else {
    restoreTarget = { kind: 'sqlite', file: path.join(restoreDir, 'plantrack.sqlite') };
  }
  plan = await buildPlan(source.db);
  departmentId = (await buildDepartment(source.db, plan)).id;
  cycle = await buildCycle(source.db, plan, { period: '2023Q2' });
  for (let n = 0; n < 12; n++) await writeReport(n);
});
afterAll(async () => {
  if (!canRun) return;
  await source.destroy();
  await dropRestoreDatabase();
  for (const dir of [sourceDir, restoreDir, path.dirname(backupDir)]) fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!canRun)('plantrack backup and restore', () => {
  let manifest: BackupManifest;

  it(
    'a backup taken while reports keep being written has the counts of one snapshot and every attachment, and warns that it holds the keys',
    async () => {
      let isWriting = true;
      let written = 0;
      const writer = (async () => {
        while (isWriting) {
          await writeReport(100 + written);
          written += 1;
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      })();
      const result = await runPlantrack(environment(sourceDir, source.target), 'backup', '--out', backupDir);
      isWriting = false;
      await writer;
      expect(result.code, result.stderr).toBe(0);
      expect(written).toBeGreaterThan(0);
      expect(result.stderr).toContain('WARNING: this backup contains the audit and data-encryption keys');
      manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8')) as BackupManifest;
      expect(manifest.tables.progress_reports).toBeGreaterThanOrEqual(12);
      // Evidence written after the snapshot may be in the folder too; what the snapshot names must be.
      expect(manifest.attachments.length).toBeGreaterThanOrEqual(manifest.tables.evidence_files!);
      expect(manifest.missingAttachments).toEqual([]);
      expect(manifest.keyFiles.sort()).toEqual(['keys/audit.key', 'keys/data.key']);
      for (const { sha256 } of manifest.attachments) {
        const copy = fs.readFileSync(path.join(backupDir, 'evidence', sha256.slice(0, 2), sha256));
        expect(createHash('sha256').update(copy).digest('hex')).toBe(sha256);
      }
    },
    SLOW_TEST_MS,
  );

  it(
    'restored into an empty data folder, table counts and attachment checksums match the manifest and the database answers',
    async () => {
      const env = environment(restoreDir, restoreTarget);
      const restored = await runPlantrack(env, 'restore', '--from', backupDir);
      expect(restored.code, restored.stderr).toBe(0);
      expect(restored.stdout).toContain('restored and verified');
      for (const { sha256 } of manifest.attachments) {
        const file = fs.readFileSync(path.join(restoreDir, 'evidence', sha256.slice(0, 2), sha256));
        expect(createHash('sha256').update(file).digest('hex')).toBe(sha256);
      }
      expect(fs.readFileSync(path.join(restoreDir, 'keys', 'data.key'), 'utf8')).toBe(fs.readFileSync(path.join(sourceDir, 'keys', 'data.key'), 'utf8'));
      const handle = openDatabase(restoreTarget);
      try {
        const reports = await handle.db
          .selectFrom('progressReports')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow();
        expect(Number(reports.count)).toBe(manifest.tables.progress_reports);
        const evidence = await handle.db
          .selectFrom('evidenceFiles')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow();
        expect(Number(evidence.count)).toBe(manifest.tables.evidence_files);
      } finally {
        await handle.destroy();
      }
      // `migrate` opens it with the restored keys and checks their fingerprints against the database.
      const migrated = await runPlantrack(env, 'migrate');
      expect(migrated.code, migrated.stderr).toBe(0);
    },
    SLOW_TEST_MS,
  );

  it(
    'restore refuses a target that holds data unless --force, and then verifies again',
    async () => {
      const env = environment(restoreDir, restoreTarget);
      const refused = await runPlantrack(env, 'restore', '--from', backupDir);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('--force');
      const forced = await runPlantrack(env, 'restore', '--from', backupDir, '--force');
      expect(forced.code, forced.stderr).toBe(0);
      expect(forced.stdout).toContain('restored and verified');
    },
    SLOW_TEST_MS,
  );

  it(
    'restore notices a damaged backup: an attachment whose content changed fails the verification',
    async () => {
      const damagedDir = path.join(path.dirname(backupDir), 'damaged');
      fs.cpSync(backupDir, damagedDir, { recursive: true });
      const { sha256 } = manifest.attachments[0]!;
      fs.writeFileSync(path.join(damagedDir, 'evidence', sha256.slice(0, 2), sha256), 'tampered');
      const result = await runPlantrack(environment(restoreDir, restoreTarget), 'restore', '--from', damagedDir, '--force');
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(sha256);
      // Checked before anything was touched: the target still holds the good restore.
      expect(fs.readFileSync(path.join(restoreDir, 'evidence', sha256.slice(0, 2), sha256), 'utf8')).not.toBe('tampered');
    },
    SLOW_TEST_MS,
  );
});
