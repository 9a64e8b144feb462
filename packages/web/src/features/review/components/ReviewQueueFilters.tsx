import { useSearchDraft } from '../../../shared/hooks/useSearchDraft';
import { Button, Input, Select } from 'antd';
import { SCHEDULE_STATUSES } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { LEDGER_KINDS } from '@plantrack/contract/enums';
import type { LedgerKind } from '@plantrack/contract/enums';
import { useDepartments } from '../../organisation/hooks/useDepartments';
import type { ReviewQueueView } from '../hooks/useReviewQueueView';

/** Narrow the queue by department, ledger and the status a report would give; search code, title and progress. */
export function ReviewQueueFilters({ view, onChange }: { view: ReviewQueueView; onChange: (change: Partial<ReviewQueueView>) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const departments = useDepartments();
  const [text, setText] = useSearchDraft(view.q);
  const hasFilters = Boolean(view.q || view.department || view.ledger || view.status);

  return (
    <div className="filter-bar" role="search" aria-label={t('reviewQueue.filters')}>
      <Input.Search
        className="filter-bar__search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        placeholder={t('reviewQueue.searchPlaceholder')}
        aria-label={t('reviewQueue.search')}
        allowClear
        enterButton={t('common.search')}
      />
      <Select
        className="filter-bar__select"
        aria-label={t('reviewQueue.department')}
        placeholder={t('reviewQueue.allDepartments')}
        value={view.department}
        onChange={(department?: string) => onChange({ department })}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={departments.isLoading}
        popupMatchSelectWidth={false}
        options={(departments.data ?? []).map((department) => ({ value: String(department.id), label: department.shortName }))}
      />
      <Select
        className="filter-bar__select"
        aria-label={t('reviewQueue.ledger')}
        placeholder={t('reviewQueue.allLedgers')}
        value={view.ledger}
        onChange={(ledger?: LedgerKind) => onChange({ ledger })}
        allowClear
        popupMatchSelectWidth={false}
        options={LEDGER_KINDS.map((kind) => ({ value: kind, label: t(`ledgerKinds.${kind}.short`) }))}
      />
      <Select
        className="filter-bar__select"
        aria-label={t('reviewQueue.status')}
        placeholder={t('reviewQueue.allStatuses')}
        value={view.status}
        onChange={(status?: ScheduleStatus) => onChange({ status })}
        allowClear
        popupMatchSelectWidth={false}
        options={SCHEDULE_STATUSES.map((status) => ({ value: status, label: format.scheduleStatus(status) }))}
      />
      {hasFilters && (
        <Button type="link" onClick={() => onChange({ q: undefined, department: undefined, ledger: undefined, status: undefined })}>
          {t('reviewQueue.clearFilters')}
        </Button>
      )}
    </div>
  );
}
