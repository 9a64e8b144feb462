import { addDaysToDate } from '@plantrack/domain';
import type { ProgressState, ReportState } from '../db/schema.js';
import type { GeneratedItem } from './build-items.js';
import type { GeneratedCycle } from './build-reports.js';
import { at } from './build-reports.js';
import type { CityContext } from './city-context.js';
import { EVIDENCE_FILES } from './plan-vocabulary.js';

export interface ReportFacts {
  item: GeneratedItem;
  cycle: GeneratedCycle;
  state: ReportState;
  completionBp: number;
  progressState: ProgressState;
  progress: string;
  problems: string | null;
  nextSteps: string;
  authorUserId: number;
  managerUserId: number;
  hqUserId: number;
}

type Action = 'save' | 'submit' | 'return' | 'approve';
const STATE_AFTER: Record<Action, ReportState> = { save: 'draft', submit: 'submitted', return: 'returned', approve: 'approved' };
/** Reports from this period on keep every version; older ones keep their last (it keeps the store small). */
const FULL_HISTORY_FROM = '2025Q1';

function actionsFor(ctx: CityContext, state: ReportState): Action[] {
  if (state === 'draft') return ['save'];
  if (state === 'submitted') return ['save', 'submit'];
  if (state === 'returned') return ['save', 'submit', 'return'];
  return ctx.random.chance(0.06) ? ['save', 'submit', 'return', 'save', 'submit', 'approve'] : ['save', 'submit', 'approve'];
}

/** One progress report with its versions (every step of its workflow) and evidence file records. */
export function writeReportHistory(ctx: CityContext, facts: ReportFacts): void {
  const { random, rows, ids } = ctx;
  const { item, cycle, state } = facts;
  const actions = actionsFor(ctx, state);
  const isLate = random.chance(0.08);
  const createdDay = addDaysToDate(cycle.deadline, -random.int(5, 15));
  const submittedDay = isLate ? addDaysToDate(cycle.deadline, random.int(1, 4)) : addDaysToDate(cycle.deadline, -random.int(0, 4));
  const times = actions.map((_, step) => (step === 0 ? at(createdDay, 1) : at(addDaysToDate(submittedDay, step - 1), 6 + step)));
  const isSubmitted = state !== 'draft';
  const isReviewed = state === 'approved' || state === 'returned';
  const lastAt = times[times.length - 1]!;
  const id = ids.next('progressReports');
  const row = {
    id,
    itemId: item.id,
    cycleId: cycle.id,
    period: cycle.period,
    state,
    progressState: facts.progressState,
    completionBp: facts.completionBp,
    progress: facts.progress,
    problems: facts.problems,
    nextSteps: facts.nextSteps,
    pilotStage: item.isPilot ? random.pick(['planning', 'applying', 'under_review', 'approved']) : null,
    pilotStageDate: null,
    createdBy: facts.authorUserId,
    submittedAt: isSubmitted ? times[actions.lastIndexOf('submit')]! : null,
    submittedBy: isSubmitted ? facts.managerUserId : null,
    reviewedAt: isReviewed ? lastAt : null,
    reviewedBy: isReviewed ? facts.hqUserId : null,
    reviewComment: state === 'returned' ? random.pick(['请补充量化进展数据', '佐证材料不完整，请补充', '进展描述与计划不符，请核实']) : null,
    qualityRating: state === 'approved' ? random.pick([3, 4, 4, 5, 5]) : null,
    overrideStatus: state === 'approved' && random.chance(0.01) ? 'on_schedule' : null,
    overrideReason: null as string | null,
    version: actions.length,
    createdAt: times[0]!,
    updatedAt: lastAt,
  };
  if (row.overrideStatus) row.overrideReason = '该任务里程碑为定性目标，经审核认定按序时推进';
  rows.progressReports.push(row);

  const fromStep = cycle.period >= FULL_HISTORY_FROM ? 0 : actions.length - 1;
  for (let step = fromStep; step < actions.length; step++) {
    const action = actions[step]!;
    const snapshot = { ...row, state: STATE_AFTER[action], version: step + 1, updatedAt: times[step]! };
    const actorId = action === 'save' ? facts.authorUserId : action === 'submit' ? facts.managerUserId : facts.hqUserId;
    rows.reportVersions.push({
      id: ids.next('reportVersions'),
      reportId: id,
      version: step + 1,
      action,
      snapshot: JSON.stringify(snapshot),
      actorId,
      at: times[step]!,
    });
  }

  if (isSubmitted && random.chance(0.3)) {
    for (const [name, mimeType] of random.sample(EVIDENCE_FILES, random.int(1, 2))) {
      rows.evidenceFiles.push({
        id: ids.next('evidenceFiles'),
        reportId: id,
        itemId: item.id,
        sha256: random.hex(64),
        originalName: `${cycle.period}${item.code}${name}`,
        mimeType,
        sizeBytes: random.int(40_000, 4_000_000),
        uploadedBy: facts.authorUserId,
        uploadedAt: times[0]!,
      });
    }
  }
}
