/**
 * Supervision orders are numbered as offices number documents: 督办〔2024〕3号 — the year of issue
 * in full-width brackets (六角括号), then a sequence that restarts each year within a plan.
 */
export function formatSupervisionCode(year: number, sequence: number): string {
  return `督办〔${year}〕${sequence}号`;
}

const CODE_PATTERN = /^督办〔(\d{4})〕(\d+)号$/;

export function parseSupervisionCode(code: string): { year: number; sequence: number } | null {
  const match = CODE_PATTERN.exec(code);
  return match ? { year: Number(match[1]), sequence: Number(match[2]) } : null;
}

/** The next code of `year`, given the codes already issued in the plan (any year, any shape). */
export function nextSupervisionCode(existingCodes: string[], year: number): string {
  const used = existingCodes.map(parseSupervisionCode).filter((parsed) => parsed !== null && parsed.year === year);
  const highest = used.reduce((max, parsed) => Math.max(max, parsed!.sequence), 0);
  return formatSupervisionCode(year, highest + 1);
}
