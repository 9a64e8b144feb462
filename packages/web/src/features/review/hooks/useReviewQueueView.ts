import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { SCHEDULE_STATUSES } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import { LEDGER_KINDS } from '@plantrack/contract/enums';
import type { LedgerKind } from '@plantrack/contract/enums';

/** What the review queue shows, kept in the address so a link reproduces the view. */
export interface ReviewQueueView {
  department?: string;
  ledger?: LedgerKind;
  status?: ScheduleStatus;
  q?: string;
  page: number;
}

/** Sized for a screen of rows: the answer stays small however long the queue. */
export const QUEUE_PAGE_SIZE = 50;

function oneOf<T extends string>(values: readonly T[], text: string | null): T | undefined {
  return (values as readonly string[]).includes(text ?? '') ? (text as T) : undefined;
}

export function useReviewQueueView(): [ReviewQueueView, (change: Partial<ReviewQueueView>) => void] {
  const [params, setParams] = useSearchParams();

  const view = useMemo<ReviewQueueView>(() => {
    const page = Number(params.get('page'));
    return {
      department: params.get('department') || undefined,
      ledger: oneOf(LEDGER_KINDS, params.get('ledger')),
      status: oneOf(SCHEDULE_STATUSES, params.get('status')),
      q: params.get('q') || undefined,
      page: Number.isInteger(page) && page > 0 ? page : 1,
    };
  }, [params]);

  const update = useCallback(
    (change: Partial<ReviewQueueView>) => {
      // A new filter starts again from the first page.
      const next = { ...view, ...change, page: 'page' in change ? (change.page ?? 1) : 1 };
      const query = new URLSearchParams();
      for (const key of ['department', 'ledger', 'status', 'q'] as const) {
        const value = next[key];
        if (value) query.set(key, value);
      }
      if (next.page > 1) query.set('page', String(next.page));
      setParams(query);
    },
    [view, setParams],
  );

  return [view, update];
}
