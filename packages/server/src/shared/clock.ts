/** Timestamps are stored as ISO-8601 text in UTC; presenters show them in Asia/Shanghai. */
export function nowIso(): string {
  return new Date().toISOString();
}

export function addHours(iso: string, hours: number): string {
  return new Date(new Date(iso).getTime() + hours * 3_600_000).toISOString();
}
