import type { ItemListParams } from '@plantrack/contract/items/items.contract';
import type { LedgerView } from './useLedgerView';

/**
 * The page's filters as the API takes them, for the list and for every file made from it: a
 * department's own users are scoped by the server, so their view's department is not sent.
 */
export function itemFiltersOf(
  view: LedgerView,
  isDepartmentUser: boolean,
): Pick<ItemListParams, 'ledger' | 'area' | 'department' | 'leader' | 'q' | 'chain' | 'status'> {
  return {
    ledger: view.ledger === 'all' ? undefined : view.ledger,
    area: view.area,
    department: isDepartmentUser ? undefined : view.department,
    leader: view.leader,
    q: view.q,
    chain: view.isChainIncompleteOnly ? 'incomplete' : undefined,
    status: view.status,
  };
}
