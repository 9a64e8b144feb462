import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkbookParserPool } from '../src/io/ledger-import/parse-workbook-isolated.js';
import { AppError } from '../src/shared/app-error.js';
import { buildFormattedEmptyWorkbook } from './support/build-workbook.js';
import { buildZip, MINIMAL_XLSX_PARTS } from './support/build-zip.js';
import { buildUser, TEST_PASSWORD } from './support/factories.js';
import { exampleLedger, itemCount } from './support/import-client.js';
import type { OfficeFixture } from './support/ledger-fixtures.js';
import { buildOfficeWithoutItems, countImportTables } from './support/ledger-fixtures.js';
import { SLOW_TEST_MS } from './support/run-plantrack.js';
import type { HttpSession } from './support/spawn-server.js';
import { loginOverHttp } from './support/spawn-server.js';
import type { TestApp } from './support/test-app.js';
import { createTestApp } from './support/test-app.js';

/**
 * Hostile uploads against a real listening server: workbooks are parsed in capped processes, so one
 * built to exhaust memory is refused with a clear error while the server goes on answering others.
 * The parsing heap is smaller than production's 256 MB so the test does not wait for 256 MB to fill.
 */
let t: TestApp;
let baseUrl: string;
let fixture: OfficeFixture;

beforeAll(async () => {
  t = await createTestApp({ config: { importParsing: { memoryMb: 96, timeoutSeconds: 300, concurrency: 2, maxQueued: 16 } } });
  baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  fixture = await buildOfficeWithoutItems(t.db);
});
afterAll(async () => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ErrorBody {
  error: { code: string; message: string; details: { reason?: string; memoryMb?: number; problems?: { code: string; messageZh: string }[] } };
}

async function hqOverHttp(): Promise<HttpSession> {
  return loginOverHttp(baseUrl, (await buildUser(t.db, fixture, 'hq')).username, TEST_PASSWORD);
}

function upload(session: HttpSession, step: 'preview' | 'commit', file: Buffer): Promise<Response> {
  const form = new FormData();
  form.append('ledger', 'master');
  form.append('file', new Blob([new Uint8Array(file)], { type: XLSX }), '台账.xlsx');
  return session.post(`/api/imports/${step}`, form);
}

/** Other people's requests, sent one after another while `busy` runs; each answer and when it came. */
async function requestsMeanwhile(session: HttpSession, busy: Promise<unknown>, rounds: number) {
  const answers: { url: string; status: number; at: number }[] = [];
  let isBusy = true;
  void busy.finally(() => (isBusy = false));
  for (let round = 0; round < rounds && isBusy; round++) {
    for (const url of ['/api/health/live', '/api/items']) {
      const response = await session.request('GET', url);
      answers.push({ url, status: response.status, at: Date.now() });
    }
  }
  return answers;
}

describe('an upload built to exhaust the server', () => {
  it(
    'a workbook within the zip limits that exhausts the parser’s memory gets 422 with a clear message, and other requests are answered meanwhile',
    async () => {
      const file = await buildFormattedEmptyWorkbook(20_000, 100);
      expect(file.length).toBeLessThan(10 * 1024 * 1024);
      const [hq, reader] = [await hqOverHttp(), await hqOverHttp()];
      const counts = await countImportTables(t.db);

      const bomb = upload(hq, 'commit', file).then(async (response) => ({ response, body: (await response.json()) as ErrorBody, at: Date.now() }));
      const others = await requestsMeanwhile(reader, bomb, 3);
      const answer = await bomb;

      expect(answer.response.status).toBe(422);
      expect(answer.body.error).toMatchObject({ code: 'IMPORT_FILE_TOO_COMPLEX', details: { reason: 'memory', memoryMb: 96 } });
      expect(answer.body.error.message).toContain('内存或时间上限');
      expect(answer.body.error.message).toContain('另存为 .xlsx');
      expect(others.map((o) => [o.url, o.status])).toEqual(
        Array.from({ length: 3 }, () => [
          ['/api/health/live', 200],
          ['/api/items', 200],
        ]).flat(),
      );
      // Parsing 40 MB of cells into 96 MB takes seconds; six small reads take milliseconds each.
      for (const other of others) expect(other.at).toBeLessThanOrEqual(answer.at);
      expect(await countImportTables(t.db)).toEqual(counts);
      expect(await itemCount(t, fixture)).toBe(0);

      // The killed parser is replaced: the next file is read as usual.
      const good = await upload(await hqOverHttp(), 'preview', exampleLedger);
      expect(good.status).toBe(200);
      expect(((await good.json()) as { problems: unknown[] }).problems).toEqual([]);
    },
    SLOW_TEST_MS * 2,
  );

  it(
    'a 300 KB zip that unpacks to 256 MB is refused before anything is unpacked, while other requests are answered',
    async () => {
      const honest = buildZip([...MINIMAL_XLSX_PARTS, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(256 * 1024 * 1024) }]);
      const lying = buildZip([
        ...MINIMAL_XLSX_PARTS,
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(256 * 1024 * 1024), declaredUncompressedSize: 100_000 },
      ]);
      expect(honest.length).toBeLessThan(400 * 1024);
      const counts = await countImportTables(t.db);
      for (const [file, code] of [
        [honest, 'UNCOMPRESSED_TOO_LARGE'],
        [lying, 'SUSPICIOUS_COMPRESSION'],
      ] as const) {
        const [hq, reader] = [await hqOverHttp(), await hqOverHttp()];
        const bomb = upload(hq, 'commit', file).then(async (response) => ({ response, body: (await response.json()) as ErrorBody }));
        const others = await requestsMeanwhile(reader, bomb, 1);
        const answer = await bomb;
        expect(answer.response.status, code).toBe(422);
        expect(answer.body.error.code).toBe('IMPORT_HAS_PROBLEMS');
        expect(answer.body.error.details.problems?.map((p) => p.code)).toEqual([code]);
        expect(answer.body.error.details.problems?.[0]?.messageZh).toMatch(/[\u4e00-\u9fff]/);
        expect(others.every((other) => other.status === 200)).toBe(true);
      }
      expect(await countImportTables(t.db)).toEqual(counts);
    },
    SLOW_TEST_MS,
  );
});

describe('the parsing processes', () => {
  it(
    'a file that takes longer than the time limit is refused as too complex, and uploads beyond the queue are refused at once',
    async () => {
      const pool = new WorkbookParserPool({ memoryMb: 256, timeoutSeconds: 1, concurrency: 1, maxQueued: 1 });
      try {
        const file = await buildFormattedEmptyWorkbook(20_000, 100);
        const first = pool.parse(file, { kind: 'master' }).catch((error: unknown) => error);
        const queued = pool.parse(file, { kind: 'master' }).catch((error: unknown) => error);
        const refused = await pool.parse(file, { kind: 'master' }).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(AppError);
        expect((refused as AppError).code).toBe('RATE_LIMITED');
        for (const outcome of [await first, await queued]) {
          expect(outcome).toBeInstanceOf(AppError);
          expect([(outcome as AppError).code, (outcome as AppError).details?.reason]).toEqual(['IMPORT_FILE_TOO_COMPLEX', 'time']);
        }
      } finally {
        pool.close();
      }
    },
    SLOW_TEST_MS,
  );
});
