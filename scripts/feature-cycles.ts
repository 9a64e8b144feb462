import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The server's folders (features such as items, reporting, schedule, and the platform: db, shared,
 * keys) must not import each other in a circle: a cycle means two folders are one idea, or that the
 * lower one reaches up. Files directly in src/ (app.ts, server.ts) compose everything and are left out.
 * `npm run lint` runs this file (and the tests import it). Checked on the folder graph rather than by an
 * eslint rule: import-x/no-cycle sees cycles of files,
 * not of folders (items.service → schedule/item-schedules → items.repository is no file cycle).
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../packages/server/src');

/**
 * Imports that close a cycle today, each the edge that should give way; the rest of the graph has none.
 * Delete a line when its cycle is untangled (the second test fails while a listed edge no longer exists).
 */
export const KNOWN_CYCLE_EDGES: readonly (readonly [from: string, to: string, why: string])[] = [
  ['shared', 'db', 'idempotency records are kept by a repository in shared/'],
  ['shared', 'keys', 'field-crypto reads the data key'],
  ['db', 'audit', 'a migration re-hashes the audit log with the audit chain'],
  ['auth', 'audit', 'sign-in, lockout and password changes write the audit log, whose records carry auth’s actor'],
  ['auth', 'settings', 'lockout, session and password rules are security settings'],
  ['auth', 'users', 'sign-in reads user accounts'],
  ['auth', 'organisation', 'the signed-in user is presented with their department'],
  ['audit', 'items', 'an item’s history is scoped like the item'],
  ['audit', 'io', 'the audit log is exported as CSV'],
  ['items', 'indicators', 'an item created in the key-indicator ledger gets its indicator in the same transaction'],
];

export type Graph = Map<string, Map<string, string>>; // folder → imported folder → one importing file

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)'(\.{1,2}\/[^']+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The top folder under src/ of a path, or null for a file directly in src/. */
function folderOf(path: string): string | null {
  const parts = relative(SRC, path).split(/[\\/]/);
  return parts.length > 1 ? parts[0]! : null;
}

export function folderGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    if (from === null) continue;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = folderOf(resolve(dirname(file), specifier!));
      if (to === null || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, relative(SRC, file));
      graph.set(from, edges);
    }
  }
  return graph;
}

/** One cycle of the graph as its folders in order (the first repeated at the end), or null. */
export function findCycle(graph: Graph): string[] | null {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    const at = path.indexOf(node);
    if (at >= 0) return [...path.slice(at), node];
    if (done.has(node)) return null;
    path.push(node);
    for (const next of [...(graph.get(node)?.keys() ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(node);
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

/** "items → schedule (items/items.service.ts) → items (schedule/x.ts)": each step with a file that takes it. */
export function describeCycle(graph: Graph, cycle: string[]): string {
  return cycle.reduce((text, to, index) => (index === 0 ? to : `${text} → ${to} (${graph.get(cycle[index - 1]!)!.get(to)})`), '');
}

export function without(graph: Graph, edges: readonly (readonly [string, string, string])[]): Graph {
  const copy: Graph = new Map([...graph].map(([from, to]) => [from, new Map(to)]));
  for (const [from, to] of edges) copy.get(from)?.delete(to);
  return copy;
}

/** The first cycle not among the known ones, described step by step, or null. */
export function unknownCycle(graph: Graph = folderGraph()): string | null {
  const rest = without(graph, KNOWN_CYCLE_EDGES);
  const cycle = findCycle(rest);
  return cycle && describeCycle(rest, cycle);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cycle = unknownCycle();
  if (cycle) {
    console.error(`服务端功能目录之间出现循环依赖 (a cycle between server folders): ${cycle}`);
    process.exit(1);
  }
}
