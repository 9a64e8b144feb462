import { Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable';
import type { Department } from '@plantrack/contract/organisation/departments.contract';

export interface DepartmentsTableProps {
  departments: Department[];
  onEdit: (department: Department) => void;
  onManage: (department: Department) => void;
}

/** Every department with its names, aliases and number of sections; edit it, or manage its aliases and sections. */
export function DepartmentsTable({ departments, onEdit, onManage }: DepartmentsTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable<Department>
      label={t('organisation.tableCaption')}
      emptyText={t('organisation.empty')}
      rowKey="id"
      size="small"
      dataSource={departments}
      scroll={{ x: 760 }}
      pagination={{ pageSize: 50, showTotal: (count) => t('organisation.count', { count }), hideOnSinglePage: true }}
      columns={[
        { key: 'shortName', title: t('organisation.fields.shortName'), dataIndex: 'shortName', width: 140 },
        { key: 'name', title: t('organisation.fields.name'), dataIndex: 'name' },
        { key: 'kind', title: t('organisation.fields.kind'), width: 120, responsive: ['md'], render: (_, d) => t(`organisation.kinds.${d.kind}`) },
        {
          key: 'aliases',
          title: t('organisation.fields.aliases'),
          render: (_, d) => (d.aliases.length === 0 ? '—' : d.aliases.map((alias) => <Tag key={alias.id}>{alias.alias}</Tag>)),
        },
        { key: 'sections', title: t('organisation.fields.sections'), width: 80, align: 'right', render: (_, d) => d.sectionCount },
        {
          key: 'actions',
          title: t('common.actions'),
          width: 180,
          render: (_, d) => (
            <Space size={0} wrap>
              {d.policies.canEdit && (
                <Button type="link" size="small" onClick={() => onEdit(d)} aria-label={`${t('common.edit')} ${d.shortName}`}>
                  {t('common.edit')}
                </Button>
              )}
              <Button type="link" size="small" onClick={() => onManage(d)} aria-label={`${t('organisation.manage')} ${d.shortName}`}>
                {t('organisation.manage')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
