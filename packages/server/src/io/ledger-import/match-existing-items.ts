import type { LedgerRow, RowSource } from '../ledger-xlsx/index.js';
import type { ExistingItem } from './import-items.repository.js';

/** The task a row means, or none (a new task), and the code the task has or will be given. */
export interface ItemMatch {
  existing: ExistingItem | null;
  code: string;
}

/**
 * Which of the plan's tasks each row means, in four rounds, each taking only tasks no earlier round
 * took, so no task is claimed by two rows:
 *  1. the row's code and title are the task's;
 *  2. the row's title is the title of exactly one task (the file numbers it otherwise: the example
 *     ledger calls the plan's 7-02 "7-01" because 7-01 sits in another ledger);
 *  3. the row WRITES the task's code ("1-02", as exports do) under another title: the task is renamed;
 *  4. otherwise the row is a new task.
 * A code derived from the row's position (a bare 序号, or none) never renames a task: one row inserted
 * in the middle of the sheet would shift every code after it onto its neighbour. A new task whose code
 * is taken gets the next free number of its prefix (1-04 after 1-03).
 */
export function matchExistingItems(rows: readonly LedgerRow[], sources: readonly RowSource[], items: readonly ExistingItem[]): ItemMatch[] {
  const byCode = new Map(items.map((item) => [item.code, item]));
  const byTitle = new Map<string, ExistingItem[]>();
  for (const item of items) byTitle.set(titleKey(item.title), [...(byTitle.get(titleKey(item.title)) ?? []), item]);
  const matched: (ExistingItem | undefined)[] = rows.map(() => undefined);
  const claimed = new Set<number>();
  const round = (find: (row: LedgerRow, index: number) => ExistingItem | undefined) =>
    rows.forEach((row, index) => {
      if (matched[index]) return;
      const item = find(row, index);
      if (!item || claimed.has(item.id)) return;
      matched[index] = item;
      claimed.add(item.id);
    });
  round((row) => {
    const item = byCode.get(row.code);
    return item && titleKey(item.title) === titleKey(row.title) ? item : undefined;
  });
  round((row) => {
    const titled = byTitle.get(titleKey(row.title));
    return titled?.length === 1 ? titled[0] : undefined;
  });
  round((row, index) => (sources[index]?.isCodeWritten ? byCode.get(row.code) : undefined));
  const codes = freeCodes(items.map((item) => item.code));
  return rows.map((row, index) => {
    const existing = matched[index] ?? null;
    return { existing, code: existing?.code ?? codes.take(row.code) };
  });
}

/** Codes for new tasks: the row's own when free, else the next number after the highest one of its prefix. */
function freeCodes(taken: readonly string[]) {
  const used = new Set(taken);
  const highest = new Map<string, number>();
  const note = (code: string) => {
    used.add(code);
    const numbered = /^(.*?)(\d+)$/.exec(code);
    if (numbered) highest.set(numbered[1]!, Math.max(highest.get(numbered[1]!) ?? 0, Number(numbered[2])));
  };
  taken.forEach(note);
  return {
    take(code: string): string {
      let free = code;
      const numbered = /^(.*?)(\d+)$/.exec(code);
      if (used.has(free) && numbered) free = `${numbered[1]}${String((highest.get(numbered[1]!) ?? 0) + 1).padStart(numbered[2]!.length, '0')}`;
      for (let n = 2; used.has(free); n++) free = `${code}-${n}`;
      note(free);
      return free;
    },
  };
}

function titleKey(title: string): string {
  return title.normalize('NFKC').replace(/\s+/g, '');
}
