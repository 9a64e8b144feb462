import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { SCHEDULE_STATUSES, isPeriod } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import { LEDGER_KINDS } from '@plantrack/contract/enums';
import type { LedgerKind } from '@plantrack/contract/enums';

export type TextMode = 'summary' | 'full';

/** One of the five ledgers, or every item of the plan at once (where the dashboard's totals lead). */
export type LedgerChoice = LedgerKind | 'all';
export const LEDGER_CHOICES: readonly LedgerChoice[] = [...LEDGER_KINDS, 'all'];

/** What the ledger page shows, kept in the address so a view can be bookmarked, shared and reloaded. */
export interface LedgerView {
  ledger: LedgerChoice;
  area?: string;
  department?: string;
  leader?: number;
  q?: string;
  isChainIncompleteOnly: boolean;
  /** Computed schedule status in the `asOf` quarter (the server's current quarter when not given). */
  status?: ScheduleStatus;
  asOf?: string;
  page: number;
  pageSize: number;
  textMode: TextMode;
}

export const PAGE_SIZES = [20, 50, 100, 200] as const;
const DEFAULT_PAGE_SIZE = 50;

function positiveInt(text: string | null): number | undefined {
  if (!text || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value > 0 ? value : undefined;
}

export function useLedgerView(): [LedgerView, (change: Partial<LedgerView>) => void] {
  const [params, setParams] = useSearchParams();

  const view = useMemo<LedgerView>(() => {
    const ledger = params.get('ledger');
    const pageSize = positiveInt(params.get('pageSize'));
    return {
      ledger: (LEDGER_CHOICES as readonly string[]).includes(ledger ?? '') ? (ledger as LedgerChoice) : 'master',
      area: params.get('area') || undefined,
      department: params.get('department') || undefined,
      leader: positiveInt(params.get('leader')),
      q: params.get('q') || undefined,
      isChainIncompleteOnly: params.get('chain') === 'incomplete',
      status: (SCHEDULE_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as ScheduleStatus) : undefined,
      asOf: isPeriod(params.get('asOf') ?? '') ? (params.get('asOf') ?? undefined) : undefined,
      page: positiveInt(params.get('page')) ?? 1,
      pageSize: pageSize && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
      textMode: params.get('text') === 'full' ? 'full' : 'summary',
    };
  }, [params]);

  const update = useCallback(
    (change: Partial<LedgerView>) => {
      const next = { ...view, ...change };
      // Any change of what is shown starts again from the first page.
      const isFilterChange = Object.keys(change).some((key) => key !== 'page' && key !== 'pageSize' && key !== 'textMode');
      if (isFilterChange) next.page = 1;
      const query = new URLSearchParams();
      if (next.ledger !== 'master') query.set('ledger', next.ledger);
      if (next.area) query.set('area', next.area);
      if (next.department) query.set('department', next.department);
      if (next.leader) query.set('leader', String(next.leader));
      if (next.q) query.set('q', next.q);
      if (next.isChainIncompleteOnly) query.set('chain', 'incomplete');
      if (next.status) query.set('status', next.status);
      if (next.asOf) query.set('asOf', next.asOf);
      if (next.page > 1) query.set('page', String(next.page));
      if (next.pageSize !== DEFAULT_PAGE_SIZE) query.set('pageSize', String(next.pageSize));
      if (next.textMode === 'full') query.set('text', 'full');
      setParams(query, { replace: false });
    },
    [view, setParams],
  );

  return [view, update];
}
