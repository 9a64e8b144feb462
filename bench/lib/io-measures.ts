import { emptyLedgerRow, writeLedgerWorkbook } from '../../packages/server/src/io/ledger-xlsx/index.js';
import type { LedgerRow } from '../../packages/server/src/io/ledger-xlsx/index.js';
import type { ApiSession } from './api.js';
import { timeDownload } from './api.js';

export interface IoResult {
  importRows: number;
  previewSeconds: number;
  commitSeconds: number;
  /** Rows written per second by the commit (which reads and checks the whole file again, then writes). */
  importRowsPerSecond: number;
  /** The same ledger again with every task's measures and milestones revised: rows changed per second by its commit. */
  reimportCommitSeconds: number;
  reimportRowsPerSecond: number;
  exportRows: number;
  exportSeconds: number;
  bulletinSeconds: number;
  bulletinBytes: number;
}

/** Each year's four milestones, as the city's master ledger states them for every task; a revision changes three. */
const MILESTONES = [
  ['制定年度工作方案，明确责任分工', '推进实施，完成年度任务的50%', '持续推进，完成年度任务的75%', '完成年度任务，总结评估'],
  ['制定年度工作方案，明确责任分工', '推进实施，完成年度任务的60%', '持续推进，完成年度任务的80%', '完成年度任务，总结评估并报送'],
] as const;
const MEASURES = ['建立任务清单和责任清单，实行周调度、月通报、季考核', '建立任务清单和责任清单，实行周调度、月通报、季考核，年中开展督导'] as const;

/**
 * A master ledger of `count` tasks spread over the plan's areas, in the layout exports write, each with
 * its four quarterly milestones of 2025 (the real ledger has them on every row: 20,000 plans).
 * Revision 1 is the same ledger a quarter later: every task's measures and three milestones changed.
 */
export async function buildLedgerFile(areas: { numeral: string; title: string }[], count: number, revision: 0 | 1 = 0): Promise<Buffer> {
  const rows: LedgerRow[] = Array.from({ length: count }, (_, index) => {
    const area = areas[index % areas.length]!;
    const row = emptyLedgerRow(`${(index % areas.length) + 1}-I${String(index + 1).padStart(4, '0')}`, `导入测试任务${index + 1}：推进重点项目建设`);
    return {
      ...row,
      areaNumeral: area.numeral,
      areaTitle: area.title,
      measures: MEASURES[revision],
      targets: '到2025年完成年度目标任务',
      leadDepartments: ['市发展改革委'],
      deadlineText: '2025年底前',
      deadline: '2025-12-31',
      quarterlyPlans: MILESTONES[revision].map((milestone, quarter) => ({ period: `2025Q${quarter + 1}`, milestone, cumulativePercent: null, basis: null })),
    };
  });
  // Rows must come grouped by area, as a ledger lists them.
  rows.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));
  return writeLedgerWorkbook({ kind: 'master', title: '导入性能测试台账', rows, years: [2025] });
}

async function upload(session: ApiSession, path: string, file: Buffer, token?: string): Promise<{ seconds: number; body: Record<string, unknown> }> {
  const form = new FormData();
  form.set('ledger', 'master');
  if (token) form.set('token', token);
  form.set('file', new Blob([new Uint8Array(file)]), 'import-bench.xlsx');
  const started = performance.now();
  const response = await fetch(`${session.baseUrl}${path}`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: form,
  });
  const body = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return { seconds: (performance.now() - started) / 1000, body };
}

/**
 * A ledger export and the quarterly bulletin (as `reader`), then, as `importer`, an Excel import of
 * `rows` new tasks (preview, commit) and of the same ledger revised (every task changed).
 */
export async function measureIo(importer: ApiSession, reader: ApiSession, rows: number): Promise<IoResult> {
  const ledgers = await reader.get<{ ledgers: { kind: string; itemCount?: number }[] }>('/api/ledgers');
  const exported = await timeDownload(reader, '/api/exports/ledger?ledger=master');
  const bulletin = await timeDownload(reader, '/api/exports/bulletin?quarter=2025Q3');
  const { areas } = await importer.get<{ areas: { numeral: string; title: string }[] }>('/api/areas');
  const file = await buildLedgerFile(areas, rows);
  const preview = await upload(importer, '/api/imports/preview', file);
  const problems = preview.body.problems as unknown[];
  if (problems.length > 0) throw new Error(`import preview found problems: ${JSON.stringify(problems.slice(0, 3))}`);
  const commit = await upload(importer, '/api/imports/commit', file, preview.body.token as string);
  const revised = await buildLedgerFile(areas, rows, 1);
  const revisedPreview = await upload(importer, '/api/imports/preview', revised);
  if ((revisedPreview.body.updates as unknown[]).length !== rows) throw new Error('the revised ledger should change every task');
  const reimport = await upload(importer, '/api/imports/commit', revised, revisedPreview.body.token as string);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    importRows: rows,
    previewSeconds: round(preview.seconds),
    commitSeconds: round(commit.seconds),
    importRowsPerSecond: Math.round(rows / commit.seconds),
    reimportCommitSeconds: round(reimport.seconds),
    reimportRowsPerSecond: Math.round(rows / reimport.seconds),
    exportRows: ledgers.ledgers.find((ledger) => ledger.kind === 'master')?.itemCount ?? 0,
    exportSeconds: round(exported.ms / 1000),
    bulletinSeconds: round(bulletin.ms / 1000),
    bulletinBytes: bulletin.bytes,
  };
}
