/** The messages between the server's thread and its SQLite reader threads. */
export interface ReaderWorkerData {
  file: string;
  statementCacheSize: number;
}

export interface ReaderRequest {
  id: number;
  sql: string;
  parameters: readonly unknown[];
}

export type ReaderReply = { id: number; rows: Record<string, unknown>[] } | { id: number; error: { message: string; code: string } };
