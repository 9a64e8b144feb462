/**
 * The bench's parts: `server` (each scale and database under load, the files, the home page) and
 * `browser` (the pages at city scale in throttled Chromium). `npm run bench -- --only browser` runs one.
 */
export const BENCH_PARTS = ['server', 'browser'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

/** What one `npm run bench` does, from the environment and `--only <part>` (every default fits 15 minutes on 2 cores). */
export interface BenchOptions {
  parts: BenchPart[];
  scales: number[];
  databases: ('sqlite' | 'postgres')[];
  /** Seconds each HTTP scenario is measured, after a one-second warm-up. */
  seconds: number;
  /** Concurrent connections of the load generator. */
  connections: number;
  /** Runs of each scenario with a ceiling at province scale, and visits of each page cold and warm; the median is reported. */
  trials: number;
  pgUrl: string;
  /** Cities generated at a scale; by default 16 / scale, so every run holds a province's worth of rows. */
  citiesAt(scale: number): number;
  /** Runs not yet started after this many seconds are skipped (and said so), to finish within 15 minutes. */
  budgetSeconds: number;
  /** The browser part's one city: `plantrack generate --cities 1 --scale <this>` (16 ≈ 4,000 items, 47,000 reports). */
  browserScale: number;
}

function list(text: string | undefined, fallback: string): string[] {
  return (text ?? fallback)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function readParts(argv: string[]): BenchPart[] {
  const at = argv.indexOf('--only');
  if (at === -1) return [...BENCH_PARTS];
  const part = argv[at + 1];
  if (!BENCH_PARTS.includes(part as BenchPart)) throw new Error(`--only takes one of ${BENCH_PARTS.join(', ')}`);
  return [part as BenchPart];
}

export function readOptions(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): BenchOptions {
  const fullCities = env.BENCH_FULL === '1';
  return {
    parts: readParts(argv),
    scales: list(env.BENCH_SCALES, '1,4,16').map(Number),
    databases: list(env.BENCH_DATABASES, 'sqlite,postgres').filter((kind): kind is 'sqlite' | 'postgres' => kind === 'sqlite' || kind === 'postgres'),
    seconds: Number(env.BENCH_SECONDS ?? 5),
    connections: Number(env.BENCH_CONNECTIONS ?? 4),
    trials: Number(env.BENCH_TRIALS ?? 3),
    pgUrl: env.PLANTRACK_BENCH_PG_URL ?? 'postgres://postgres:postgres@localhost:5432/postgres',
    citiesAt: (scale) => (fullCities ? 16 : Math.max(1, Math.round(16 / scale))),
    budgetSeconds: Number(env.BENCH_BUDGET_SECONDS ?? 720),
    browserScale: Number(env.BENCH_BROWSER_SCALE ?? 16),
  };
}
