/** Where a ledger row came from, so later checks (an unknown department, a duplicate) can point at it. */
export interface RowSource {
  sheet: string;
  /** 1-based, as Excel shows it. */
  row: number;
  /** The 序号/编号 cell as written (normalised), or null when the row has none. */
  writtenCode: string | null;
  /** The row's code is the one written ("1-01"), not derived from its position (a bare 序号 or none). */
  isCodeWritten: boolean;
}
