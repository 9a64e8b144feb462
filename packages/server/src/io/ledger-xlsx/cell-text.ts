import { formatUtcDate } from './parse-deadline.js';
import type { GridValue } from './sheet-grid.js';

/** A cell as text, the way Excel would show it to the office (numbers without float noise). */
export function cellText(value: GridValue): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatDecimal(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return formatUtcDate(value);
}

/**
 * A number as an exact decimal string. Excel keeps 15 significant digits, so rounding to 15 removes
 * binary noise (0.30000000000000004 → "0.3") without changing any figure an office typed; the
 * locale formatter avoids exponent notation ("1e-7").
 */
export function formatDecimal(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  if (value === 0) return '0';
  return value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: 15 });
}
