/**
 * The cumulative share of the YEAR's task a quarterly milestone promises, only when the text states
 * it in a form we are sure about:
 * - "完成年度任务的50%", "全年目标的75%", "累计完成60%", "进度达到80%" → that percentage;
 * - "完成年度任务", "全面完成全年目标" (no percentage after it) → 100.
 * Any other percentage ("装机占比达到75%") is about something else, so it gives null.
 */
const PERCENT_PATTERNS = [
  /(?:年度|全年)(?:任务|目标|计划|工作)(?:量)?的?\s*(\d+(?:\.\d+)?)\s*%/,
  /累计完成\s*(\d+(?:\.\d+)?)\s*%/,
  /(?:完成|工作|总体)?进度(?:达到|达|为)?\s*(\d+(?:\.\d+)?)\s*%/,
];
const WHOLE_YEAR_DONE = /完成(?:全部)?(?:年度|全年)(?:任务|目标|计划)(?!量?的?\s*\d)/;

export function extractCumulativePercent(milestone: string): number | null {
  const text = milestone.normalize('NFKC');
  for (const pattern of PERCENT_PATTERNS) {
    const match = pattern.exec(text);
    const percent = match ? Number(match[1]) : NaN;
    if (percent >= 0 && percent <= 100) return percent;
  }
  return WHOLE_YEAR_DONE.test(text) ? 100 : null;
}
