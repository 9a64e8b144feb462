import type { SupervisionStatus } from '../db/schema.js';
import type { GeneratedItem } from './build-items.js';
import { at } from './build-reports.js';
import type { CityContext } from './city-context.js';

const STEPS: readonly (readonly [string, SupervisionStatus])[] = [
  ['issue', 'issued'],
  ['acknowledge', 'acknowledged'],
  ['answer', 'answered'],
  ['close', 'closed'],
];

/**
 * Supervision orders (督办单) on some of the items that lag badly, issued in 2025, at every step of
 * the loop (issued, acknowledged, answered, closed), each step in the order's history.
 */
export function buildSupervisionOrders(ctx: CityContext, items: GeneratedItem[], hqUserId: number): void {
  const { random, rows, ids } = ctx;
  let sequence = 0;
  for (const item of items) {
    if (item.pace > 0.5 || !random.chance(0.4)) continue;
    sequence += 1;
    const id = ids.next('supervisionOrders');
    const issuedDay = `2025-${String(random.int(4, 10)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const reached = random.int(0, STEPS.length - 1);
    const stepAt = (step: number) =>
      at(
        issuedDay.replace(/-(\d\d)$/, (_, day: string) => `-${String(Math.min(Number(day) + step * 3, 28)).padStart(2, '0')}`),
        2 + step,
      );
    const manager = item.lead?.managerUserId ?? null;
    const status = STEPS[reached]![1];
    rows.supervisionOrders.push({
      id,
      itemId: item.id,
      code: `督办〔2025〕${sequence}号`,
      reason: `“${item.title}”进度严重滞后，请说明原因并提出整改措施`,
      replyBy: `2025-12-${String(random.int(10, 28)).padStart(2, '0')}`,
      status,
      issuedBy: hqUserId,
      acknowledgedBy: reached >= 1 ? manager : null,
      acknowledgedAt: reached >= 1 ? stepAt(1) : null,
      answer: reached >= 2 ? '已制定整改方案，倒排工期，确保年底前完成' : null,
      answeredBy: reached >= 2 ? manager : null,
      answeredAt: reached >= 2 ? stepAt(2) : null,
      reviewComment: reached >= 3 ? '整改到位，同意办结' : null,
      closedBy: reached >= 3 ? hqUserId : null,
      closedAt: reached >= 3 ? stepAt(3) : null,
      version: reached + 1,
      createdAt: stepAt(0),
      updatedAt: stepAt(reached),
    });
    for (let step = 0; step <= reached; step++) {
      const [action, toStatus] = STEPS[step]!;
      rows.supervisionOrderEvents.push({
        id: ids.next('supervisionOrderEvents'),
        orderId: id,
        action,
        fromStatus: step === 0 ? null : STEPS[step - 1]![1],
        toStatus,
        actorId: step === 0 || step === 3 ? hqUserId : manager,
        at: stepAt(step),
        text: step === 0 ? '请限期整改' : null,
      });
    }
  }
}
