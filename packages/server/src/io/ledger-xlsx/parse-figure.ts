/**
 * Figures in indicator ledgers. Offices write numbers with units and qualifiers ("2.8%左右",
 * "超过400家", "1,800"); we keep the number as an exact decimal string and the qualifier apart, and
 * accept a unit only when it is the row's unit (or %), so nothing is silently converted.
 */
export interface Figure {
  /** Exact decimal string: "2.8", "-3", "1800". */
  value: string;
  /** 左右 / 以上 / 超过 …, null when the figure is bare. */
  qualifier: string | null;
}

const PREFIXES = ['不低于', '不少于', '不高于', '不超过', '超过', '大于', '小于', '高于', '低于', '力争', '达到', '约', '≥', '≤', '>', '<'];
const SUFFIXES = ['及以上', '及以下', '左右', '以上', '以下', '以内'];
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Only the bare number (units allowed), no qualifier: baselines and the province's targets. */
export function parsePlainFigure(text: string, unit: string | null): string | null {
  const figure = parseFigure(text, unit);
  return figure !== null && figure.qualifier === null ? figure.value : null;
}

export function parseFigure(text: string, unit: string | null): Figure | null {
  let rest = text.normalize('NFKC').replace(/\s+/g, '');
  const prefix = PREFIXES.find((word) => rest.startsWith(word)) ?? null;
  if (prefix) rest = rest.slice(prefix.length);
  const suffix = SUFFIXES.find((word) => rest.endsWith(word)) ?? null;
  if (suffix) rest = rest.slice(0, -suffix.length);
  rest = stripUnit(rest, unit);
  if (!NUMBER.test(rest)) return null;
  const value = rest.replace(/,/g, '').replace(/^\+/, '');
  const qualifier = [prefix, suffix].filter((word) => word !== null).join('') || null;
  return { value, qualifier };
}

function stripUnit(text: string, unit: string | null): string {
  const units = [unit?.normalize('NFKC'), '%'].filter((u): u is string => u !== undefined && u !== '');
  const found = units.find((u) => text.endsWith(u) && text.length > u.length);
  return found ? text.slice(0, -found.length) : text;
}

/** A figure as the export writes it back: "2.8左右", "超过400". Inverse of parseFigure. */
export function formatFigure(value: string, qualifier: string | null): string {
  if (qualifier === null) return value;
  const prefix = PREFIXES.find((word) => qualifier.startsWith(word));
  if (prefix) return `${prefix}${value}${qualifier.slice(prefix.length)}`;
  return `${value}${qualifier}`;
}
