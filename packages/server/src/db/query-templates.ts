import { createQueryId } from 'kysely';
import type { Compilable, CompiledQuery, DialectAdapter } from 'kysely';
import type { Db } from './database.js';

/** Distinct shapes kept per dialect: a few queries × the lengths of their `IN (…)` lists. */
const TEMPLATE_CACHE_SIZE = 1_000;

/**
 * Stands for the argument at `index` while a template is compiled; it comes out as that query
 * parameter. Comparing it, computing with it or printing it throws, so a builder that branches on an
 * argument's value (`id > 2 ? … : …`) is found out and its shape left uncached.
 */
class Slot {
  constructor(readonly index: number) {}

  [Symbol.toPrimitive](): never {
    throw new TypeError('a query template argument was used as a value in JavaScript');
  }
}

/** The compiled SQL of a shape, and for each parameter either the argument it takes or a constant. */
interface Template {
  query: CompiledQuery;
  parameters: readonly (Slot | unknown)[];
}

/** A shape whose SQL turned out to depend on argument values: compiled every time. */
const UNCACHEABLE = 'uncacheable';

const templatesByDialect = new WeakMap<DialectAdapter, Map<string, Template | typeof UNCACHEABLE>>();

/**
 * The hot list queries compiled once per shape instead of on every request. Building a Kysely query
 * and compiling it (the plugins' pass over the tree, then the SQL text) costs more CPU than SQLite
 * spends running it for a page of items' 40 columns, joins and subqueries (a visible share of the item
 * list's CPU: bench/README.md). `build` must use `args` only as query values (where, in, joins), never
 * in JavaScript logic: `key` names everything else that shapes the SQL (e.g. the length of an id
 * list). The first call of a key compiles the query with the real arguments and once with stand-ins
 * that throw when compared or computed with; unless that succeeds and gives the same SQL with every
 * argument in place, the key is never cached. (A builder testing an argument only for truthiness or identity is not caught: keep
 * arguments out of the builder's logic.)
 */
export function compileWithTemplate<Args extends readonly unknown[], Row>(
  db: Db,
  key: string,
  args: Args,
  build: (args: Args) => Compilable<Row>,
): CompiledQuery<Row> {
  const adapter = db.getExecutor().adapter;
  let templates = templatesByDialect.get(adapter);
  if (!templates) templatesByDialect.set(adapter, (templates = new Map()));
  const template = templates.get(key);
  if (template === UNCACHEABLE) return build(args).compile();
  if (template) {
    const parameters = template.parameters.map((parameter) => (parameter instanceof Slot ? args[parameter.index] : parameter));
    return { ...template.query, parameters, queryId: createQueryId() } as CompiledQuery<Row>;
  }
  const compiled = build(args).compile();
  if (templates.size >= TEMPLATE_CACHE_SIZE) templates.clear();
  templates.set(key, templateOf(compiled, args, build) ?? UNCACHEABLE);
  return compiled;
}

/** The rows of a templated query: the common case of compileWithTemplate. */
export async function selectWithTemplate<Args extends readonly unknown[], Row>(
  db: Db,
  key: string,
  args: Args,
  build: (args: Args) => Compilable<Row>,
): Promise<Row[]> {
  const { rows } = await db.executeQuery(compileWithTemplate(db, key, args, build));
  return rows;
}

/** The keys whose shape turned out to depend on argument values (compiled on every call): a test keeps this empty for the hot queries. */
export function uncacheableTemplateKeys(db: Db): string[] {
  const templates = templatesByDialect.get(db.getExecutor().adapter);
  return templates ? [...templates].flatMap(([key, template]) => (template === UNCACHEABLE ? [key] : [])) : [];
}

function templateOf<Args extends readonly unknown[], Row>(compiled: CompiledQuery<Row>, args: Args, build: (args: Args) => Compilable<Row>): Template | null {
  const slots = args.map((_, index) => new Slot(index));
  let query: CompiledQuery<Row>;
  try {
    // The stand-ins pass through the builder as opaque values; a builder that reads them fails here.
    query = build(slots as unknown as Args).compile();
  } catch {
    return null;
  }
  const parameters = query.parameters;
  const filled = parameters.map((parameter) => (parameter instanceof Slot ? args[parameter.index] : parameter));
  const isSame =
    query.sql === compiled.sql &&
    filled.length === compiled.parameters.length &&
    filled.every((value, i) => Object.is(value, compiled.parameters[i])) &&
    slots.every((slot) => parameters.includes(slot));
  return isSame ? { query, parameters } : null;
}
