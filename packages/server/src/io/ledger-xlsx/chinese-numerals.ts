/**
 * Chinese numerals as used to number areas (一、二、… 十、十一、… 二十) and months (六月). Only the small
 * numbers a ledger needs (1–99), so no general-purpose converter is pulled in.
 */
const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

export const CHINESE_NUMERAL_PATTERN = '[一二三四五六七八九十两〇零]{1,3}';

/** `十二` → 12, `二十` → 20, `九` → 9; null for anything else. */
export function chineseNumeralToNumber(text: string): number | null {
  if (!/^[一二三四五六七八九十两〇零]{1,3}$/.test(text)) return null;
  const tenAt = text.indexOf('十');
  if (tenAt < 0) return text.length === 1 ? (DIGITS[text] ?? null) : null;
  const tensText = text.slice(0, tenAt);
  const unitsText = text.slice(tenAt + 1);
  const tens = tensText === '' ? 1 : DIGITS[tensText];
  const units = unitsText === '' ? 0 : DIGITS[unitsText];
  if (tens === undefined || units === undefined || tensText.length > 1 || unitsText.length > 1) return null;
  const value = tens * 10 + units;
  return value > 0 ? value : null;
}

/** 12 → `十二`, for writing area rows back. */
export function numberToChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  const unitsText = units === 0 ? '' : DIGIT_CHARS[units];
  if (tens === 0) return DIGIT_CHARS[units] ?? '';
  return `${tens === 1 ? '' : DIGIT_CHARS[tens]}十${unitsText}`;
}
