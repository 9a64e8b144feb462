import type { Actor } from '../../auth/actor.js';
import { scopeOf } from '../../auth/actor.js';
import { has } from '../../auth/capabilities.js';
import { requirePolicy } from '../../auth/policies.js';
import type { Db } from '../../db/database.js';
import type { ReportState } from '../../db/schema.js';
import { getCurrentPlan } from '../../plan/plans.service.js';
import { AppError, notFound } from '../../shared/app-error.js';
import { REPORTING } from '../reporting.policies.js';
import type { ReportRow } from '../reports.repository.js';
import { getReportRow } from '../reports.service.js';
import type { EvidenceRow } from './evidence.repository.js';
import { countEvidenceOfReport, findEvidenceRow } from './evidence.repository.js';
import { openEvidenceContent } from './evidence-store.js';

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const MAX_EVIDENCE_PER_REPORT = 20;

/**
 * Evidence changes with its report: only a department working on it (draft or returned) while its
 * cycle is open. What the office has approved, or a closed quarter, keeps its evidence as it was.
 */
export function requireEvidenceEditable(actor: Actor, report: { state: ReportState; cycleStatus: string; period: string }): void {
  requirePolicy(has(actor, REPORTING.writeReports));
  if (report.cycleStatus !== 'open') throw new AppError('CYCLE_CLOSED', { period: report.period });
  if (report.state !== 'draft' && report.state !== 'returned') throw new AppError('INVALID_STATE', { state: report.state, action: 'change evidence' });
}

/** The report, if the caller may change its evidence now (another department's report is a 404). */
export async function getEditableReport(db: Db, actor: Actor, reportId: number): Promise<ReportRow> {
  const report = await getReportRow(db, actor, reportId);
  requireEvidenceEditable(actor, report);
  return report;
}

export async function requireRoomForEvidence(db: Db, reportId: number): Promise<void> {
  const count = await countEvidenceOfReport(db, reportId);
  if (count >= MAX_EVIDENCE_PER_REPORT) throw new AppError('EVIDENCE_LIMIT_REACHED', { max: MAX_EVIDENCE_PER_REPORT, count });
}

/** An evidence file the caller may read: its item must be in their scope, or it is "not found". */
export async function getEvidenceRow(db: Db, actor: Actor, id: number): Promise<EvidenceRow> {
  const plan = await getCurrentPlan(db, actor);
  const row = await findEvidenceRow(db, { planId: plan.id, scope: scopeOf(actor) }, id);
  if (!row) throw notFound('evidence_file', id);
  return row;
}

export async function getEvidenceContent(db: Db, dataDir: string, actor: Actor, id: number) {
  const row = await getEvidenceRow(db, actor, id);
  const content = await openEvidenceContent(dataDir, row.sha256);
  if (!content) throw new AppError('NOT_FOUND', { entity: 'evidence_content', id, reason: 'the stored file is missing' });
  return { row, content };
}
