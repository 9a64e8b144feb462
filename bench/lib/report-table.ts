import type { BenchResults } from './results.js';

/** The short table printed at the end (and pasted into README's "Performance"). */
export function formatTable(results: BenchResults): string {
  const lines: string[] = [];
  const { machine } = results;
  lines.push(`PlanTrack bench ${results.date} — ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}`);
  lines.push(
    `load generator: autocannon, ${results.settings.connections} connections, ${results.settings.seconds} s per scenario; item lists and dashboard at province scale: median of ${results.settings.trials} trials`,
  );
  lines.push(`load average (other work on the machine) at start ${machine.loadAverage.join(' ')}, at end ${machine.loadAverageAtEnd?.join(' ') ?? '?'}`);
  lines.push('');
  lines.push('| db | scale | items/city | scenario | req/s | p50 ms | p95 ms | p99 ms | non-2xx |');
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const run of results.runs) {
    for (const http of run.http) {
      const l = http.latencyMs;
      lines.push(
        `| ${run.database} | ${run.scale} | ${run.cityItems} | ${http.label} | ${http.rps} | ${l.p50} | ${l.p95} | ${l.p99} | ${http.non2xx + http.errors} |`,
      );
    }
  }
  lines.push('');
  lines.push('| db | scale | ceiling (no HTTP) | queries | ceiling req/s | HTTP req/s | share |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const run of results.runs)
    for (const c of run.ceiling)
      lines.push(`| ${run.database} | ${run.scale} | ${c.key} | ${c.queries} | ${c.ceilingRps} | ${c.httpRps} | ${Math.round(c.share * 100)}% |`);
  const io = results.runs.filter((run) => run.io);
  if (io.length > 0) {
    lines.push('');
    lines.push('| db | xlsx import rows | preview s | commit s | rows/s | re-import commit s | rows/s | export rows | export s | bulletin s |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const run of io) {
      const r = run.io!;
      lines.push(
        `| ${run.database} | ${r.importRows} | ${r.previewSeconds} | ${r.commitSeconds} | ${r.importRowsPerSecond} | ${r.reimportCommitSeconds} | ${r.reimportRowsPerSecond} | ${r.exportRows} | ${r.exportSeconds} | ${r.bulletinSeconds} |`,
      );
    }
  }
  lines.push('');
  if ('skipped' in results.web) lines.push(`web: skipped — ${results.web.skipped}`);
  else
    lines.push(
      `web: first page ${Math.round(results.web.firstPageJsGzipBytes / 1024)} KB JS gzipped (${results.web.scripts} scripts, ${Math.round(results.web.firstPageJsTransferredBytes / 1024)} KB transferred), dashboard drawn in ${results.web.dashboardDrawnMs} ms (median of ${results.web.dashboardDrawnTrialsMs.length} cold loads: ${results.web.dashboardDrawnTrialsMs.join(' / ')} ms; ${results.web.dashboardDrawnCachedMs} ms with the scripts cached)`,
    );
  lines.push('');
  lines.push('| target | db | measured | met |');
  lines.push('|---|---|---|---|');
  for (const t of results.targets) lines.push(`| ${t.target} | ${t.database} | ${t.measured} | ${t.isMet === null ? '–' : t.isMet ? 'yes' : 'NO'} |`);
  return lines.join('\n');
}
