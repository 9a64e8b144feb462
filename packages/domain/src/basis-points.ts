/**
 * Percentages are stored exactly, as integer basis points (62.5% = 6250); the API and the screens speak
 * percent with up to two decimals. These two are the only conversions between them.
 */
export const percentFromBp = (bp: number | null): number | null => (bp === null ? null : bp / 100);
export const bpFromPercent = (percent: number | null): number | null => (percent === null ? null : Math.round(percent * 100));
