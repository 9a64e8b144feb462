import type { Insertable } from 'kysely';
import type { Database } from '../db/schema.js';

/** The tables the generator fills, in the order they are written (every reference points backwards). */
export const GENERATED_TABLES = [
  'organisations',
  'departments',
  'departmentAliases',
  'sections',
  'people',
  'users',
  'plans',
  'areas',
  'ledgers',
  'items',
  'ledgerItems',
  'itemCoDepartments',
  'quarterlyPlans',
  'indicators',
  'indicatorYearlyTargets',
  'indicatorValues',
  'reportingCycles',
  'progressReports',
  'reportVersions',
  'evidenceFiles',
  'supervisionOrders',
  'supervisionOrderEvents',
] as const satisfies readonly (keyof Database)[];

export type GeneratedTable = (typeof GENERATED_TABLES)[number];

/** Link tables: their rows are keyed by what they link, they have no `id` of their own. */
const LINK_TABLES = ['ledgerItems', 'itemCoDepartments', 'indicatorYearlyTargets'] as const satisfies readonly GeneratedTable[];

export type TableWithId = Exclude<GeneratedTable, (typeof LINK_TABLES)[number]>;

/** Tables whose `id` the generator assigns itself (so rows can point at each other before they are written). */
export const TABLES_WITH_ID: readonly TableWithId[] = GENERATED_TABLES.filter(
  (table): table is TableWithId => !(LINK_TABLES as readonly GeneratedTable[]).includes(table),
);

export type GeneratedRows = { [T in GeneratedTable]: Insertable<Database[T]>[] };

export function emptyRows(): GeneratedRows {
  return Object.fromEntries(GENERATED_TABLES.map((table) => [table, []])) as unknown as GeneratedRows;
}

/** Hands out ids above the highest one each table already holds. */
export class IdAllocator {
  readonly #next: Map<TableWithId, number>;

  constructor(highest: Record<TableWithId, number>) {
    this.#next = new Map(TABLES_WITH_ID.map((table) => [table, highest[table] + 1]));
  }

  next(table: TableWithId): number {
    const id = this.#next.get(table)!;
    this.#next.set(table, id + 1);
    return id;
  }
}
