/**
 * Rounding and display of the figures the rules explain ("计划完成62.5%"). Binary floats turn
 * 62.5 − 25.3 into 37.199999…; rounding every derived figure to a fixed number of decimals keeps what
 * the UI shows, what a threshold compares and what a test expects the same number.
 */

/** Round half away from zero to `decimals` places (default 2). */
export function roundTo(value: number, decimals = 2): number {
  // Whole numbers (most percentages) are already round; the string round trip below is the slow part.
  if (Number.isInteger(value)) return value === 0 ? 0 : value;
  const factor = 10 ** decimals;
  // toPrecision first absorbs float noise such as 1.005 * 100 = 100.49999999999999.
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded; // never show "-0"
}

/** A number as people write it: at most `maxDecimals` places, no trailing zeros (60, 62.5, 33.33). */
export function formatDecimal(value: number, maxDecimals = 2): string {
  return String(roundTo(value, maxDecimals));
}

/** A signed change for explanations: "+1.2", "-0.35", "0". */
export function formatSigned(value: number, maxDecimals = 2): string {
  const text = formatDecimal(value, maxDecimals);
  return roundTo(value, maxDecimals) > 0 ? `+${text}` : text;
}
