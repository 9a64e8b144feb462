/** Quoted strings and names stay whole; words, runs of spaces and single characters otherwise. */
const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|\s+|\w+|./gsu;
/** Words that start a clause on a line of their own. */
const CLAUSES = new Set(['select', 'from', 'join', 'inner join', 'left join', 'where', 'group by', 'order by', 'limit', 'offset', 'union', 'returning']);
/** Clauses whose items go one a line. */
const LISTS = new Set(['select', 'group by', 'order by', 'returning']);

/**
 * Compiled SQL laid out for reading in a review: each clause on its own line, a select's columns one a
 * line, `and` / `or` starting lines, a subquery indented inside its parentheses. Only whitespace
 * changes, and never inside a quoted string or name.
 */
export function formatSql(text: string): string {
  const words: { word: string; spaced: boolean }[] = [];
  let spaced = false;
  for (const token of text.match(TOKEN) ?? []) {
    if (/^\s+$/u.test(token)) {
      spaced = true;
      continue;
    }
    const previous = words.at(-1);
    const pair = `${previous?.word.toLowerCase()} ${token.toLowerCase()}`;
    if (previous && spaced && CLAUSES.has(pair)) previous.word = pair;
    else words.push({ word: token, spaced });
    spaced = false;
  }
  let out = '';
  // Per open parenthesis: the clause it is in, whether it holds a clause (a subquery), the indent of
  // its clauses and that of the line it opened on (where its closing parenthesis goes).
  const levels = [{ clause: '', hasClause: false, indent: 0, openIndent: 0 }];
  const newLine = (indent: number) => (out = `${out.trimEnd()}\n${'  '.repeat(indent)}`);
  const lineIndent = () => (/(?:^|\n)( *)[^\n]*$/u.exec(out)?.[1]?.length ?? 0) / 2;
  const append = (word: string, isSpaced: boolean) => (out += isSpaced && !/(?:^|\n) *$/u.test(out) ? ` ${word}` : word);
  for (const { word, spaced: isSpaced } of words) {
    const lower = word.toLowerCase();
    const level = levels.at(-1)!;
    if (CLAUSES.has(lower)) {
      newLine(level.indent);
      out += lower;
      level.clause = lower;
      level.hasClause = true;
    } else if (lower === 'and' || lower === 'or') {
      newLine(level.indent + (level.clause ? 1 : 0));
      out += lower;
    } else if (word === '(') {
      append('(', isSpaced);
      levels.push({ clause: '', hasClause: false, indent: lineIndent() + 1, openIndent: lineIndent() });
    } else if (word === ')') {
      const closed = levels.pop()!;
      if (closed.hasClause) newLine(closed.openIndent);
      out += ')';
    } else if (word === ',' && LISTS.has(level.clause)) {
      out += ',';
      newLine(level.indent + 1);
    } else {
      append(word, isSpaced);
    }
  }
  return out.trim();
}
