import { useSearchDraft } from '../../../shared/hooks/useSearchDraft';
import { Button, Checkbox, Input, Segmented, Select } from 'antd';
import { SCHEDULE_STATUSES } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { PeriodSelect } from '../../../ui/PeriodSelect';
import { useDepartments } from '../../organisation/hooks/useDepartments';
import { useLeaders } from '../../organisation/hooks/useLeaders';
import { usePlan } from '../../plan/hooks/usePlan';
import type { LedgerView, TextMode } from '../hooks/useLedgerView';

export interface LedgerFiltersProps {
  view: LedgerView;
  onChange: (change: Partial<LedgerView>) => void;
  /** A department sees only its own items, so filtering by department means nothing to it. */
  canFilterDepartment: boolean;
  canFilterLeader: boolean;
  canFilterChain: boolean;
  /** The computed status filter (the indicator ledger has its own assessment instead). */
  canFilterStatus?: boolean;
  /** Summary / full text only matters where cells hold long text (not the indicator ledger). */
  canChooseTextMode?: boolean;
  /** The column chooser and other table tools, shown at the end of the bar. */
  tools?: React.ReactNode;
}

/** Search in Chinese and narrow the ledger by area, department, leader or gaps in the chain. */
export function LedgerFilters({
  view,
  onChange,
  canFilterDepartment,
  canFilterLeader,
  canFilterChain,
  canFilterStatus = false,
  canChooseTextMode = true,
  tools,
}: LedgerFiltersProps) {
  const { t } = useTranslation();
  const { data: plan } = usePlan();
  const departments = useDepartments({ enabled: canFilterDepartment });
  const leaders = useLeaders({ enabled: canFilterLeader });
  const [text, setText] = useSearchDraft(view.q);

  const format = useFormat();
  const hasFilters = Boolean(view.q || view.area || view.department || view.leader || view.isChainIncompleteOnly || view.status || view.asOf);

  return (
    <div className="filter-bar" role="search" aria-label={t('ledgers.filters')}>
      <Input.Search
        className="filter-bar__search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || undefined })}
        placeholder={t('ledgers.searchPlaceholder')}
        aria-label={t('ledgers.search')}
        allowClear
        enterButton={t('common.search')}
      />
      <Select
        className="filter-bar__select"
        aria-label={t('ledgers.area')}
        placeholder={t('ledgers.allAreas')}
        value={view.area}
        onChange={(area?: string) => onChange({ area })}
        allowClear
        popupMatchSelectWidth={false}
        options={(plan?.areas ?? []).map((area) => ({ value: area.code, label: `${area.numeral ?? area.code}、${area.title}` }))}
      />
      {canFilterDepartment && (
        <Select
          className="filter-bar__select"
          aria-label={t('ledgers.department')}
          placeholder={t('ledgers.allDepartments')}
          value={view.department}
          onChange={(department?: string) => onChange({ department })}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={departments.isLoading}
          popupMatchSelectWidth={false}
          options={(departments.data ?? []).map((department) => ({ value: String(department.id), label: department.shortName }))}
        />
      )}
      {canFilterLeader && (
        <Select
          className="filter-bar__select"
          aria-label={t('ledgers.leader')}
          placeholder={t('ledgers.allLeaders')}
          value={view.leader}
          onChange={(leader?: number) => onChange({ leader })}
          allowClear
          loading={leaders.isLoading}
          notFoundContent={t('ledgers.noLeaders')}
          popupMatchSelectWidth={false}
          options={(leaders.data ?? []).map((leader) => ({ value: leader.id, label: leader.title ? `${leader.name}（${leader.title}）` : leader.name }))}
        />
      )}
      {canFilterStatus && (
        <Select
          className="filter-bar__select"
          aria-label={t('ledgers.status')}
          placeholder={t('ledgers.allStatuses')}
          value={view.status}
          onChange={(status?: ScheduleStatus) => onChange({ status })}
          allowClear
          popupMatchSelectWidth={false}
          options={SCHEDULE_STATUSES.map((status) => ({ value: status, label: format.scheduleStatus(status) }))}
        />
      )}
      {canFilterStatus && plan && (view.status || view.asOf) && (
        <PeriodSelect
          startYear={plan.startYear}
          endYear={plan.endYear}
          value={view.asOf}
          onChange={(asOf) => onChange({ asOf })}
          label={t('ledgers.asOf')}
          placeholder={t('ledgers.currentQuarter')}
          allowClear
        />
      )}
      {canFilterChain && (
        <Checkbox checked={view.isChainIncompleteOnly} onChange={(event) => onChange({ isChainIncompleteOnly: event.target.checked })}>
          {t('ledgers.onlyIncompleteChain')}
        </Checkbox>
      )}
      {hasFilters && (
        <Button
          type="link"
          onClick={() =>
            onChange({
              q: undefined,
              area: undefined,
              department: undefined,
              leader: undefined,
              isChainIncompleteOnly: false,
              status: undefined,
              asOf: undefined,
            })
          }
        >
          {t('ledgers.clearFilters')}
        </Button>
      )}
      <div className="filter-bar__tools">
        {canChooseTextMode && (
          <Segmented<TextMode>
            aria-label={t('ledgers.textMode')}
            value={view.textMode}
            onChange={(textMode) => onChange({ textMode })}
            options={[
              { value: 'summary', label: t('ledgers.textSummary') },
              { value: 'full', label: t('ledgers.textFull') },
            ]}
          />
        )}
        {tools}
      </div>
    </div>
  );
}
