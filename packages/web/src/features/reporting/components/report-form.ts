import type { PILOT_STAGES, ProgressState } from '@plantrack/contract/enums';
import type { ReportDraftInput, ReportSummary } from '@plantrack/contract/reporting/reports.contract';

export interface ReportFormValues {
  progressState: ProgressState;
  completionPercent?: number | null;
  progress?: string;
  problems?: string;
  nextSteps?: string;
  pilotStage?: (typeof PILOT_STAGES)[number] | null;
}

export function formValuesOf(report: ReportSummary | null): ReportFormValues {
  return {
    progressState: report?.progressState ?? 'in_progress',
    completionPercent: report?.completionPercent ?? null,
    progress: report?.progress ?? '',
    problems: report?.problems ?? '',
    nextSteps: report?.nextSteps ?? '',
    pilotStage: report?.pilotStage ?? null,
  };
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** What the form sends: empty text is "not given", and the version once the report exists. */
export function draftInputOf(values: ReportFormValues, report: ReportSummary | null, isPilot: boolean): ReportDraftInput {
  return {
    progressState: values.progressState,
    completionPercent: values.progressState === 'completed' ? 100 : (values.completionPercent ?? null),
    progress: text(values.progress),
    problems: text(values.problems),
    nextSteps: text(values.nextSteps),
    ...(isPilot ? { pilotStage: values.pilotStage ?? null } : {}),
    ...(report ? { version: report.version } : {}),
  };
}
