import { describe, expect, it } from 'vitest';
import { describeCycle, findCycle, folderGraph, KNOWN_CYCLE_EDGES, unknownCycle } from '../../../scripts/feature-cycles.js';
import type { Graph } from '../../../scripts/feature-cycles.js';

/** The server's folders import each other without cycles (the check `npm run lint` also runs). */
describe('server folders', () => {
  const graph = folderGraph();

  it('import each other without a cycle, apart from the known ones listed here', () => {
    expect(unknownCycle(graph)).toBeNull();
  });

  it('still have every listed known cycle edge (delete the line of one that is gone)', () => {
    const gone = KNOWN_CYCLE_EDGES.filter(([from, to]) => !graph.get(from)?.has(to)).map(([from, to]) => `${from} → ${to}`);
    expect(gone).toEqual([]);
  });

  it('name a cycle folder by folder with a file that makes each step', () => {
    const made: Graph = new Map([
      ['items', new Map([['schedule', 'items/items.service.ts']])],
      ['schedule', new Map([['items', 'schedule/evaluation.repository.ts']])],
    ]);
    const cycle = findCycle(made)!;
    expect(describeCycle(made, cycle)).toBe('items → schedule (items/items.service.ts) → items (schedule/evaluation.repository.ts)');
  });
});
