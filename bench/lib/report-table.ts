import type { BrowserResult } from './run-browser.js';
import type { BenchResults } from './results.js';
import { BROWSER_TARGETS, largestApiOf } from './results.js';

/** The short table printed at the end (and pasted into README's "Performance"). */
export function formatTable(results: BenchResults): string {
  const lines = results.runs.length > 0 ? formatServerTables(results) : ['server: no runs'];
  lines.push('');
  lines.push('| target | db | measured | met |');
  lines.push('|---|---|---|---|');
  for (const t of results.targets) lines.push(`| ${t.target} | ${t.database} | ${t.measured} | ${t.isMet === null ? '–' : t.isMet ? 'yes' : 'NO'} |`);
  lines.push('');
  if ('skipped' in results.browser) lines.push(`browser pages: skipped — ${results.browser.skipped}`);
  else lines.push(formatBrowserTables(results.browser));
  return lines.join('\n');
}

function formatServerTables(results: BenchResults): string[] {
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
  return lines;
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mark = (value: number, limit: number) => (value <= limit ? ' ✓' : ' ✗');

/** The browser part's tables, as README's "Performance" shows them: each figure beside its target (issue #18). */
export function formatBrowserTables(browser: BrowserResult): string {
  const lines: string[] = [];
  const { machine, data } = browser;
  lines.push(
    `Browser ${browser.startedAt.slice(0, 16).replace('T', ' ')} UTC: one city at scale ${data.scale} (${data.items} items, ${data.reports} reports) as ${browser.username}; median of ${browser.trials} trials; ${machine.cpus} cores, load average ${machine.loadAverage[0]} at the start, ${machine.loadAverageAtEnd?.[0] ?? '?'} at the end; ${browser.durationSeconds} s.`,
  );
  lines.push('');
  lines.push(
    '| page | 10 Mbps / 40 ms cold (≤ 2.0 s) | warm (≤ 1.0 s) | phone 4 Mbps / 100 ms cold | phone warm (≤ 2.0 s) | on the wire cold / warm | largest API answer on the wire (≤ 100 KB) |',
  );
  lines.push('|---|---|---|---|---|---|---|');
  const pages = [...new Set(browser.pages.map((result) => result.page))];
  const of = (page: string, profile: string) => browser.pages.find((result) => result.page === page && result.profile === profile)!;
  for (const page of pages) {
    const extranet = of(page, 'extranet');
    const phone = of(page, 'phone');
    const largest = largestApiOf(browser, page);
    const largestText = largest ? `${kb(largest.wireBytes)}${mark(largest.wireBytes, BROWSER_TARGETS.apiWireKB * 1024)} \`${largest.path}\`` : '–';
    lines.push(
      `| ${extranet.label} | ${seconds(extranet.coldMs)}${mark(extranet.coldMs, BROWSER_TARGETS.extranetColdMs)} | ${seconds(extranet.warmMs)}${mark(extranet.warmMs, BROWSER_TARGETS.extranetWarmMs)} | ${seconds(phone.coldMs)} | ${seconds(phone.warmMs)}${mark(phone.warmMs, BROWSER_TARGETS.phoneWarmMs)} | ${kb(extranet.cold.wireBytes)} / ${kb(extranet.warm.wireBytes)} | ${largestText} |`,
    );
  }
  lines.push('');
  lines.push(
    'Where the time and bytes go at 10 Mbps / 40 ms (the median trials): content visible, of which the main thread was busy (running scripts); what a cold visit fetched (scripts and styles, when the last arrived, the API answers: on the wire, decoded, from request to last byte).',
  );
  lines.push('');
  lines.push('| page | cold: visible / busy (scripts) | warm: visible / busy (scripts) | scripts + styles | code arrived | API on the wire | API answers |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const page of pages) {
    const { label, cold, warm } = of(page, 'extranet');
    const work = (visit: typeof cold) => `${visit.contentVisibleMs} / ${visit.busyMs} (${visit.scriptMs}) ms`;
    const bytes = cold.wireBytesByKind;
    const answers = [...cold.api]
      .sort((a, b) => b.wireBytes - a.wireBytes)
      .map((answer) => `\`${answer.path}\` ${kb(answer.wireBytes)} (${kb(answer.bytes)}) ${answer.ms} ms`)
      .join('; ');
    lines.push(
      `| ${label} | ${work(cold)} | ${work(warm)} | ${kb(bytes.scripts + bytes.styles)} | ${cold.codeDoneMs ?? '–'} ms | ${kb(bytes.api)} | ${answers} |`,
    );
  }
  return lines.join('\n');
}
