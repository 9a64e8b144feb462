/** What one `npm run bench` does, from the environment (every default fits 15 minutes on 2 cores). */
export interface BenchOptions {
  scales: number[];
  databases: ('sqlite' | 'postgres')[];
  /** Seconds each HTTP scenario is measured, after a one-second warm-up. */
  seconds: number;
  /** Concurrent connections of the load generator. */
  connections: number;
  /** Runs of each scenario with a ceiling at province scale; the median is reported. */
  trials: number;
  pgUrl: string;
  /** Cities generated at a scale; by default 16 / scale, so every run holds a province's worth of rows. */
  citiesAt(scale: number): number;
  /** Runs not yet started after this many seconds are skipped (and said so), to finish within 15 minutes. */
  budgetSeconds: number;
}

function list(text: string | undefined, fallback: string): string[] {
  return (text ?? fallback)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

export function readOptions(env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const fullCities = env.BENCH_FULL === '1';
  return {
    scales: list(env.BENCH_SCALES, '1,4,16').map(Number),
    databases: list(env.BENCH_DATABASES, 'sqlite,postgres').filter((kind): kind is 'sqlite' | 'postgres' => kind === 'sqlite' || kind === 'postgres'),
    seconds: Number(env.BENCH_SECONDS ?? 5),
    connections: Number(env.BENCH_CONNECTIONS ?? 4),
    trials: Number(env.BENCH_TRIALS ?? 3),
    pgUrl: env.PLANTRACK_BENCH_PG_URL ?? 'postgres://postgres:postgres@localhost:5432/postgres',
    citiesAt: (scale) => (fullCities ? 16 : Math.max(1, Math.round(16 / scale))),
    budgetSeconds: Number(env.BENCH_BUDGET_SECONDS ?? 720),
  };
}
