import { createHmac } from 'node:crypto';
import { periodEndDate } from '@plantrack/domain';
import { appendPreparedAudits, prepareAudits } from '../../audit/audit.service.js';
import type { AuditedChange } from '../../audit/audit.service.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/database.js';
import type { ProgressState } from '../../db/schema.js';
import { requireSecretKeys } from '../../keys/secret-keys.js';
import { AppError } from '../../shared/app-error.js';
import { nowIso } from '../../shared/clock.js';
import type { IoCaller } from '../io-caller.js';
import { fileToken } from '../ledger-import/preview-ledger-import.js';
import { insertIndicatorValue } from '../../indicators/indicators.repository.js';
import { insertReport } from '../../reporting/reports.repository.js';
import { analyseProgressImport } from './analyse-progress-import.js';
import { insertClosedCycle, insertImportedReportVersion, replaceIndicatorValue, replaceReport } from './progress-import.repository.js';
import type { IndicatorValueEntry, ProgressAnalysis, ProgressEntry } from './analyse-progress-import.js';
import { parseProgressIsolated } from '../ledger-import/parse-workbook-isolated.js';
import type { ReadProgressResult } from './read-progress-workbook.js';

export interface ProgressImportInput {
  content: Buffer;
  fileName: string | null;
  /** `2023Q3`: the quarter of a workbook whose columns, sheet names and title name none. */
  quarter?: string | undefined;
  /** Replace reports that exist, and import into a quarter whose cycle is open (old versions are kept). */
  replace?: boolean | undefined;
  token?: string | undefined;
}

/** The file as read, in a parsing process with a memory and time cap, outside any transaction. */
function readProgress(input: ProgressImportInput): Promise<ReadProgressResult> {
  return parseProgressIsolated(input.content, input.quarter ? { quarter: input.quarter } : {});
}

/** What the audit log, the report's history and the review comment call an imported report. */
export const IMPORT_SOURCE = '历史数据导入';

/** Preview: per quarter and department, how many reports would be created or replaced; every problem. */
export async function previewProgressImport(db: Db, actor: Actor, input: ProgressImportInput) {
  const read = await readProgress(input);
  return presentProgress(await analyseProgressImport(db, actor, read, input.replace === true), read, input, actor.organisationId);
}

/**
 * Commit: all reports in one transaction or none. Each arrives approved, attributed to the person who
 * ran the import (not the department), submitted by the quarter's end so never late, its review comment,
 * version history and audit row naming the import, the file and its SHA-256. A quarter without a cycle
 * gets a closed one, so the evaluation treats it like any quarter reported in the app.
 */
export async function commitProgressImport(db: Db, caller: IoCaller, input: ProgressImportInput) {
  if (input.token !== undefined && input.token !== progressToken(caller.actor.organisationId, input)) {
    throw new AppError('IMPORT_FILE_CHANGED', { fileSha256: fileToken(input.content) });
  }
  const read = await readProgress(input);
  return db.transaction().execute(async (trx) => {
    const analysis = await analyseProgressImport(trx, caller.actor, read, input.replace === true);
    if (analysis.problems.length > 0) throw new AppError('IMPORT_HAS_PROBLEMS', { problems: analysis.problems });
    const source = { source: IMPORT_SOURCE, fileName: input.fileName, sha256: fileToken(input.content) };
    const now = nowIso();
    const userId = caller.actor.userId > 0 ? caller.actor.userId : null;
    const cycleIds = await ensureCycles(trx, analysis, userId, now);
    const changes: AuditedChange[] = [];
    for (const entry of analysis.entries) changes.push(await writeReport(trx, entry, cycleIds.get(entry.row.period)!, { userId, now, source }));
    for (const entry of analysis.valueEntries) changes.push(await writeIndicatorValue(trx, entry, { userId, now, source }));
    const preview = presentProgress(analysis, read, input, caller.actor.organisationId);
    changes.push({ action: 'progress.import', entityType: 'plan', entityId: analysis.planId, after: { ...source, quarters: preview.quarters } });
    await appendPreparedAudits(trx, prepareAudits(caller.audit, changes));
    return { ...preview, isCommitted: true };
  });
}

async function ensureCycles(trx: Db, analysis: ProgressAnalysis, userId: number | null, now: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const { row, cycle } of analysis.entries) {
    if (ids.has(row.period)) continue;
    if (cycle) {
      ids.set(row.period, cycle.id);
      continue;
    }
    ids.set(row.period, await insertClosedCycle(trx, { planId: analysis.planId, period: row.period, deadline: periodEndDate(row.period), userId, now }));
  }
  return ids;
}

interface WriteContext {
  userId: number | null;
  now: string;
  source: { source: string; fileName: string | null; sha256: string };
}

async function writeReport(trx: Db, entry: ProgressEntry, cycleId: number, context: WriteContext): Promise<AuditedChange> {
  const { row } = entry;
  const { userId, now, source } = context;
  // Submitted at the quarter's end: history was on time when it was reported, whenever it is imported.
  const submittedAt = `${periodEndDate(row.period)}T00:00:00.000Z`;
  const fields = {
    state: 'approved' as const,
    progressState: progressStateOf(row),
    completionBp: row.completionBp,
    progress: row.progress,
    problems: row.problems,
    createdBy: userId,
    submittedAt,
    submittedBy: userId,
    reviewedAt: now,
    reviewedBy: userId,
    reviewComment: importComment(source),
    overrideStatus: null,
    overrideReason: null,
    updatedAt: now,
  };
  const { before, after: report } =
    entry.existingReportId === null
      ? { before: undefined, after: await insertReport(trx, { itemId: entry.item.id, cycleId, period: row.period, ...fields, createdAt: now }) }
      : await replaceReport(trx, entry.existingReportId, fields);
  await insertImportedReportVersion(trx, {
    reportId: report.id,
    version: report.version,
    snapshot: JSON.stringify({ ...report, ...source }),
    actorId: userId,
    at: now,
  });
  const action = entry.existingReportId === null ? 'report.import' : 'report.import_replace';
  return {
    action,
    entityType: 'progress_report',
    entityId: report.id,
    ...(before ? { before } : {}),
    after: { ...report, itemCode: entry.item.code, ...source },
  };
}

/** An indicator's past value, approved like a report and marked as imported the same way; a replaced one stays in the audit log. */
async function writeIndicatorValue(trx: Db, entry: IndicatorValueEntry, context: WriteContext): Promise<AuditedChange> {
  const { userId, now, source } = context;
  const fields = {
    value: entry.value,
    provincialRank: entry.provincialRank,
    state: 'approved' as const,
    submittedBy: userId,
    submittedAt: `${periodEndDate(entry.row.period)}T00:00:00.000Z`,
    reviewedBy: userId,
    reviewedAt: now,
    reviewComment: importComment(source),
    updatedAt: now,
  };
  const { before, after: value } =
    entry.existingValueId === null
      ? {
          before: undefined,
          after: await insertIndicatorValue(trx, { indicatorId: entry.indicatorId, period: entry.row.period, note: null, ...fields, createdAt: now }),
        }
      : await replaceIndicatorValue(trx, entry.existingValueId, fields);
  const action = before ? 'indicator_value.import_replace' : 'indicator_value.import';
  return {
    action,
    entityType: 'indicator_value',
    entityId: value.id,
    ...(before ? { before } : {}),
    after: { ...value, itemCode: entry.item.code, ...source },
  };
}

function importComment(source: WriteContext['source']): string {
  return `${IMPORT_SOURCE}：${source.fileName ?? '（未命名文件）'}（SHA-256 ${source.sha256}）`;
}

function progressStateOf(row: ProgressEntry['row']): ProgressState {
  if (row.isCompleted) return 'completed';
  return (row.completionBp ?? 0) > 0 || row.progress ? 'in_progress' : 'not_started';
}

/** Only a preview without problems gets one: the commit then refuses any other file, quarter or choice. */
function progressToken(organisationId: number, input: ProgressImportInput): string {
  const what = ['progress-import', organisationId, input.quarter ?? '', input.replace === true, fileToken(input.content)].join('\u0000');
  return createHmac('sm3', requireSecretKeys().audit).update(what).digest('hex');
}

function presentProgress(analysis: ProgressAnalysis, read: ReadProgressResult, input: ProgressImportInput, organisationId: number) {
  const isValid = analysis.problems.length === 0;
  const quarters = new Map<string, Map<string, { created: number; replaced: number }>>();
  for (const entry of analysis.entries) {
    const departments = quarters.get(entry.row.period) ?? new Map<string, { created: number; replaced: number }>();
    quarters.set(entry.row.period, departments);
    const name = entry.item.leadDepartmentShortName ?? '（无责任单位）';
    const counts = departments.get(name) ?? { created: 0, replaced: 0 };
    departments.set(name, counts);
    if (entry.existingReportId === null) counts.created++;
    else counts.replaced++;
  }
  return {
    kind: 'progress' as const,
    fileName: input.fileName,
    ...(isValid ? { token: progressToken(organisationId, input) } : {}),
    isValid,
    sheets: read.sheets,
    problems: analysis.problems,
    quarters: [...quarters.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, departments]) => ({
        period,
        departments: [...departments.entries()].map(([department, counts]) => ({ department, ...counts })),
      })),
    indicatorValues: analysis.valueEntries.map((e) => ({
      period: e.row.period,
      code: e.item.code,
      value: e.value,
      provincialRank: e.provincialRank,
      isReplace: e.existingValueId !== null,
    })),
    reports: analysis.entries.map((e) => ({
      period: e.row.period,
      code: e.item.code,
      title: e.item.title,
      sheet: e.row.sheet,
      row: e.row.row,
      completionBp: e.row.completionBp,
      isReplace: e.existingReportId !== null,
    })),
  };
}
