import { useMemo, useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Divider, Drawer, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department } from '@plantrack/contract/organisation/departments.contract';
import { DepartmentAliases } from '../features/organisation/components/DepartmentAliases';
import { DepartmentFormModal } from '../features/organisation/components/DepartmentFormModal';
import { DepartmentSections } from '../features/organisation/components/DepartmentSections';
import { DepartmentsTable } from '../features/organisation/components/DepartmentsTable';
import { useDepartments } from '../features/organisation/hooks/useDepartments';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { SectionCard } from '../ui/SectionCard';

const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** 部门与别名: the departments, the other names they go by (used by the Excel import), and their sections. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const departments = useDepartments();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ department: Department | null } | null>(null);
  const [managingId, setManagingId] = useState<number | null>(null);
  useDocumentTitle(t('nav.departments'));

  const visible = useMemo(() => {
    const wanted = normalise(query);
    const all = departments.data ?? [];
    if (!wanted) return all;
    return all.filter((d) => [d.name, d.shortName, ...d.aliases.map((a) => a.alias)].some((name) => normalise(name).includes(wanted)));
  }, [departments.data, query]);
  // The drawer follows the list, so an added alias shows as soon as the list is refreshed.
  const managing = departments.data?.find((d) => d.id === managingId) ?? null;
  const canCreate = departments.data?.some((d) => d.policies.canEdit) ?? false;

  return (
    <>
      <PageHeader
        title={t('nav.departments')}
        description={t('organisation.description')}
        actions={
          canCreate && (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEditing({ department: null })}>
              {t('organisation.create')}
            </Button>
          )
        }
      />
      <SectionCard
        id="departments"
        title={t('organisation.tableCaption')}
        extra={
          <Input.Search
            allowClear
            aria-label={t('organisation.searchLabel')}
            placeholder={t('organisation.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            style={{ width: 260, maxWidth: '100%' }}
          />
        }
        flush
      >
        {departments.isPending ? (
          <PageLoading />
        ) : departments.error ? (
          <ErrorState error={departments.error} onRetry={() => void departments.refetch()} />
        ) : (
          <DepartmentsTable departments={visible} onEdit={(department) => setEditing({ department })} onManage={(d) => setManagingId(d.id)} />
        )}
      </SectionCard>
      <DepartmentFormModal
        department={editing?.department ?? null}
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
        onReload={() => void departments.refetch()}
      />
      <Drawer
        open={managing !== null}
        onClose={() => setManagingId(null)}
        title={managing ? t('organisation.manageTitle', { name: managing.shortName }) : ''}
        size={560}
        destroyOnHidden
      >
        {managing && (
          <>
            <DepartmentAliases department={managing} />
            <Divider />
            <DepartmentSections department={managing} />
          </>
        )}
      </Drawer>
    </>
  );
}
