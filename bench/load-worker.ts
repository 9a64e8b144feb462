import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { LoadJob, LoadResult } from './lib/load-types.js';

/**
 * The load generator, in a process of its own so it does not share a CPU thread with the server or
 * the bench: runs each job of the file named on the command line with autocannon and prints one JSON
 * result per line. Latencies are every response's own, so p95 is exact (autocannon's summary has none).
 */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 100) / 100;
}

async function runJob(job: LoadJob, seconds: number, record: boolean): Promise<LoadResult> {
  const latencies: number[] = [];
  const queue = job.queue ? [...job.queue] : null;
  const started = performance.now();
  const options: autocannon.Options = {
    url: job.baseUrl + job.path,
    method: job.method,
    headers: job.headers,
    connections: job.connections,
    ...(queue
      ? {
          amount: queue.length,
          requests: [{ method: job.method, setupRequest: (request: autocannon.Request) => ({ ...request, ...queue.shift()! }) }],
        }
      : { duration: seconds }),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, finished) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(finished),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (record) latencies.push(responseTime);
    });
  });
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name: job.name,
    requests: result.requests.total,
    seconds: Math.round(elapsed * 100) / 100,
    rps: Math.round((result.requests.total / (queue ? elapsed : seconds)) * 10) / 10,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: percentile(latencies, 100) },
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const jobs = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadJob[];
for (const job of jobs) {
  if (!job.queue) await runJob(job, 1, false);
  console.log(JSON.stringify(await runJob(job, job.seconds, true)));
}
