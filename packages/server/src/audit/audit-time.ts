/**
 * The audit log stores instants as UTC ISO text (so they sort and compare as text); the auditor reads
 * and searches them in Asia/Shanghai, which has kept +08:00 all year since 1991.
 */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** 2026-11-26T16:00:00.000Z → 2026-11-27T00:00:00.000+08:00 (the same instant). */
export function shanghaiIso(utcIso: string): string {
  const ms = Date.parse(utcIso);
  if (Number.isNaN(ms)) return utcIso;
  return `${new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, -1)}+08:00`;
}

/** The instant a Shanghai date begins, as stored (UTC ISO). */
export function startOfShanghaiDate(date: string): string {
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}

/**
 * A search range from what the auditor types: dates are whole Shanghai days, both ends included;
 * instants (with their offset) are taken as given, both ends included.
 */
export function auditRange(from: string | undefined, to: string | undefined): { fromIso?: string; untilIso?: string } {
  const range: { fromIso?: string; untilIso?: string } = {};
  if (from) range.fromIso = DATE_ONLY.test(from) ? startOfShanghaiDate(from) : new Date(from).toISOString();
  if (to) {
    const end = DATE_ONLY.test(to) ? Date.parse(`${to}T00:00:00+08:00`) + 86_400_000 : Date.parse(to) + 1;
    range.untilIso = new Date(end).toISOString();
  }
  return range;
}
