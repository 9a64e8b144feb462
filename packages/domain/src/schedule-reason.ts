/**
 * The one-sentence "why" shown beside every schedule status (PRODUCT.md: "The UI must show why:
 * planned X%, actual Y%"), in Chinese and English.
 */
import { formatDateZh } from './dates.js';
import { formatDecimal } from './numbers.js';
import { formatPeriodZh } from './periods.js';
import type { MilestoneBasis } from './planned-percent.js';
import { SCHEDULE_STATUS_LABELS_EN, SCHEDULE_STATUS_LABELS_ZH } from './schedule-status-labels.js';
import type { ScheduleStatus } from './schedule-status-labels.js';

export interface Reason {
  zh: string;
  en: string;
}

const pct = (value: number): string => `${formatDecimal(value)}%`;

export interface GapReasonOptions {
  /** The figures are shares of the year's task ("年度任务"), not of the whole task. */
  basis?: MilestoneBasis;
  /** The period's report is not yet due, so the plan compared is the previous quarter's. */
  isDueBefore?: boolean;
}

/** "计划完成60%，实际完成25%，落后35个百分点"; a missing report is counted as 0%. */
export function gapReason(planned: number, actual: number | null, gap: number, options: GapReasonOptions = {}): Reason {
  const isAnnual = options.basis === 'annual';
  const [ofZh, ofEn] = isAnnual ? ['年度任务的', ' of the year’s task'] : ['', ''];
  const [whenZh, whenEn] = options.isDueBefore ? ['截至上季度末', 'By the end of last quarter: planned'] : ['', 'Planned'];
  const actualZh = actual === null ? '尚无审核通过的报告（按0%计）' : `实际完成${ofZh}${pct(actual)}`;
  const actualEn = actual === null ? 'no approved report yet (counted as 0%)' : `actual ${pct(actual)}`;
  const points = formatDecimal(Math.abs(gap));
  const [gapZh, gapEn] =
    gap > 0
      ? [`落后${points}个百分点`, `${points} percentage points behind`]
      : gap < 0
        ? [`超前${points}个百分点`, `${points} percentage points ahead`]
        : ['与计划持平', 'exactly on plan'];
  return {
    zh: `${whenZh}计划完成${ofZh}${pct(planned)}，${actualZh}，${gapZh}`,
    en: `${whenEn} ${pct(planned)}${ofEn}, ${actualEn}, ${gapEn}`,
  };
}

/** The period's milestone is not yet due and nothing was due before it. */
export function notDueYetReason(plannedByEnd: number, actual: number | null, basis: MilestoneBasis): Reason {
  const [ofZh, ofEn] = basis === 'annual' ? ['年度任务的', ' of the year’s task'] : ['', ''];
  const doneZh = actual === null ? '尚未报送' : `已完成${ofZh}${pct(actual)}`;
  const doneEn = actual === null ? 'nothing reported yet' : `${pct(actual)} done`;
  return {
    zh: `本季度计划完成${ofZh}${pct(plannedByEnd)}，报送期限未到，${doneZh}`,
    en: `This quarter plans ${pct(plannedByEnd)}${ofEn}; its report is not yet due, ${doneEn}`,
  };
}

export function unplannedReason(actual: number): Reason {
  return {
    zh: `本期无计划进度要求，实际完成${pct(actual)}`,
    en: `Nothing planned for this period yet, actual ${pct(actual)}`,
  };
}

export function completedReason(actual: number): Reason {
  return {
    zh: `审核通过的报告显示已完成（${pct(actual)}）`,
    en: `The approved report says completed (${pct(actual)})`,
  };
}

export function notReportedReason(period: string): Reason {
  return {
    zh: `${formatPeriodZh(period)}报送周期已关闭，没有审核通过的报告`,
    en: `The ${period} reporting cycle is closed with no approved report`,
  };
}

export function notStartedReason(): Reason {
  return { zh: '尚无计划进度要求，也未报送进展', en: 'Nothing is planned yet and nothing reported' };
}

export function deadlinePassedReason(deadline: string, actual: number | null): Reason {
  const done = actual ?? 0;
  return {
    zh: `完成时限${formatDateZh(deadline)}已过，实际完成${pct(done)}，尚未完成`,
    en: `The deadline ${deadline} has passed with ${pct(done)} done, not completed`,
  };
}

/** The reviewer's judgement comes first; the computed figures stay visible after it. */
export function overrideReason(status: ScheduleStatus, reviewerReason: string, computedStatus: ScheduleStatus, computed: Reason): Reason {
  return {
    zh:
      `审核认定为${SCHEDULE_STATUS_LABELS_ZH[status]}，理由：${reviewerReason}` +
      `（按数据计算为${SCHEDULE_STATUS_LABELS_ZH[computedStatus]}：${computed.zh}）`,
    en:
      `Reviewer set ${SCHEDULE_STATUS_LABELS_EN[status].toLowerCase()}: ${reviewerReason}` +
      ` (computed ${SCHEDULE_STATUS_LABELS_EN[computedStatus].toLowerCase()}: ${computed.en})`,
  };
}
