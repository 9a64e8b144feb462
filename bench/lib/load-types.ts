/** One thing the load generator does: a fixed request for some seconds, or a queue of requests once each. */
export interface LoadJob {
  name: string;
  baseUrl: string;
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** Each request takes the next of these (a write may be done only once); the job ends when they are used up. */
  queue?: { path: string; headers: Record<string, string>; body: string }[];
}

export interface LoadResult {
  name: string;
  requests: number;
  seconds: number;
  rps: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Answers other than 2xx, and requests that failed (timeouts, resets). */
  non2xx: number;
  errors: number;
  /** When the figures above are medians: the runs they come from. */
  trials?: LoadResult[];
}
