/**
 * Splits rows for multi-row INSERTs: one statement per chunk keeps the bound parameters well under
 * both databases' limits (SQLite 32,766, PostgreSQL 65,535) however many rows a file brings.
 */
export function chunksOf<T>(rows: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}
