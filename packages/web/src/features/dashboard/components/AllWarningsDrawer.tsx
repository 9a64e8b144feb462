import { useState } from 'react';
import { Drawer, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { WARNING_KINDS, WARNING_LEVELS } from '@plantrack/domain';
import type { StatusGroup, Warning, WarningsQuery } from '@plantrack/contract/dashboard/dashboard.contract';
import { useLanguage } from '../../../i18n/useLanguage';
import { useDashboardWarnings } from '../hooks/useDashboardWarnings';
import { linkOfWarning } from './warning-link';

const PAGE_SIZE = 20;

type Filters = Pick<WarningsQuery, 'level' | 'kind' | 'department'>;

/**
 * 全部预警: every warning of the quarter, paged from the server in the summary's order (red first),
 * narrowed by level, kind and lead department. Full width on a phone.
 */
export function AllWarningsDrawer({ asOf, departments, isOpen, onClose }: { asOf: string; departments: StatusGroup[]; isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const { data, isFetching } = useDashboardWarnings({ asOf, page, pageSize: PAGE_SIZE, ...filters }, isOpen);
  const narrow = (change: Filters) => {
    setFilters({ ...filters, ...change });
    setPage(1);
  };
  // Only real departments narrow; "no lead department" has no id to filter by.
  const departmentOptions = departments.filter((group) => group.filter.department).map((group) => ({ value: Number(group.key), label: group.label }));
  return (
    <Drawer open={isOpen} onClose={onClose} size="min(720px, 100vw)" title={t('dashboard.allWarningsTitle')} className="all-warnings">
      <Space wrap className="all-warnings__filters">
        <Select
          allowClear
          aria-label={t('dashboard.warningFilterLevel')}
          placeholder={t('dashboard.warningFilterLevel')}
          style={{ minWidth: 96 }}
          value={filters.level}
          onChange={(level) => narrow({ level })}
          options={WARNING_LEVELS.map((level) => ({ value: level, label: t(`dashboard.warningLevel.${level}`) }))}
        />
        <Select
          allowClear
          aria-label={t('dashboard.warningFilterKind')}
          placeholder={t('dashboard.warningFilterKind')}
          style={{ minWidth: 128 }}
          value={filters.kind}
          onChange={(kind) => narrow({ kind })}
          options={WARNING_KINDS.map((kind) => ({ value: kind, label: t(`dashboard.warningKind.${kind}`) }))}
        />
        {departmentOptions.length > 1 && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('dashboard.warningFilterDepartment')}
            placeholder={t('dashboard.warningFilterDepartment')}
            style={{ minWidth: 160 }}
            value={filters.department}
            onChange={(department) => narrow({ department })}
            options={departmentOptions}
          />
        )}
      </Space>
      <Table<Warning>
        size="small"
        loading={isFetching}
        dataSource={data?.warnings ?? []}
        rowKey={(warning) => `${warning.kind}-${warning.subject.type}-${warning.subject.id}-${warning.period ?? ''}`}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, showSizeChanger: false, onChange: setPage, size: 'small' }}
        columns={[
          {
            key: 'level',
            title: t('dashboard.warningColumnLevel'),
            width: 64,
            render: (_, warning) => <Tag color={warning.level}>{t(`dashboard.warningLevel.${warning.level}`)}</Tag>,
          },
          {
            key: 'message',
            title: t('dashboard.warningColumnMessage'),
            render: (_, warning) => {
              const href = linkOfWarning(warning);
              const message = language === 'zh-CN' ? warning.messageZh : warning.messageEn;
              return href ? <Link to={href}>{message}</Link> : message;
            },
          },
        ]}
      />
    </Drawer>
  );
}
