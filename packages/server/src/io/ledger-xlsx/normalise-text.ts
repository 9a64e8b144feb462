/**
 * Cleaning cell text the way offices type it. Two strengths:
 * - prose (titles, measures, milestones) only turns full-width letters, digits, spaces and ％ into
 *   ASCII. Full-width ，；：（） ARE the Chinese punctuation of the prose, so NFKC would damage it.
 * - strict (codes, numbers, dates, names, phones) applies full NFKC: there ２０２３ and （１） must
 *   become 2023 and (1).
 */
const PLACEHOLDERS = new Set(['-', '—', '——', '－', '/', '／', '无', '暂无', '\\']);
const FORMULA_GUARDED = /^'(?=[=+\-@\t\r])/;

/** Full-width ASCII letters/digits, ideographic space and ％ → ASCII; everything else untouched. */
export function toHalfWidthAlphanumerics(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000\uFF05]/g, (char) =>
    char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/** Our exports put `'` before text that would start a formula; take it off so re-import is lossless. */
export function removeFormulaGuard(text: string): string {
  return text.replace(FORMULA_GUARDED, '');
}

/** Multi-line cell text: newlines kept, each line trimmed, blank lines at the ends dropped. */
export function normaliseProse(text: string | null): string | null {
  if (text === null) return null;
  const lines = toHalfWidthAlphanumerics(removeFormulaGuard(text))
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const joined = lines.join('\n');
  return joined === '' || PLACEHOLDERS.has(joined) ? null : joined;
}

/** Single-value text (codes, numbers, dates, names): NFKC, whitespace collapsed. */
export function normaliseStrict(text: string | null): string | null {
  if (text === null) return null;
  const cleaned = removeFormulaGuard(text).normalize('NFKC').replace(/\s+/g, ' ').trim();
  return cleaned === '' || PLACEHOLDERS.has(cleaned) ? null : cleaned;
}

/**
 * A cell naming several departments: 、 ， , ； ; / ／ newlines or spaces separate them. Names are kept
 * as typed (apart from full-width digits/letters); aliases are the caller's business. A trailing 等
 * ("市发改委、市科技局等") is dropped because it is not part of the last name. Duplicates go.
 */
export function splitNames(text: string | null): string[] {
  if (text === null) return [];
  const names = removeFormulaGuard(text)
    .split(/[、，,；;/／\s\u3000]+/)
    .map((part) =>
      toHalfWidthAlphanumerics(part)
        .trim()
        .replace(/(.{2,})等$/, '$1'),
    )
    .filter((part) => part !== '' && !PLACEHOLDERS.has(part));
  return [...new Set(names)];
}
