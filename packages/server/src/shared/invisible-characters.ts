/**
 * Characters no text of ours holds: the C0 controls but tab, line feed and carriage return, DEL, and
 * UTF-16 halves without their other half. PostgreSQL cannot store NUL at all (the same request that
 * works on SQLite would fail there), and none of them is anything a person typed: they come from
 * binary garbage pasted into a form, or from `_x0000_` escapes in a crafted workbook.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this expression's purpose
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without them (an imported cell: they are invisible, so dropping them changes nothing anyone sees). */
export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Where in a parsed JSON value (or query) the first string holding one is, as `title` or `items.2.name`; null when none does. */
export function findInvisibleCharacter(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') {
    INVISIBLE.lastIndex = 0;
    return INVISIBLE.test(value) ? path.join('.') : null;
  }
  // Arrays and objects, as JSON and query strings parse into (an upload's Buffer is not text).
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = findInvisibleCharacter(child, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}
