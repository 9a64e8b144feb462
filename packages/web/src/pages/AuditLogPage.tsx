import { useState } from 'react';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { auditExportUrl } from '../features/audit/api/audit.api';
import type { AuditSearch } from '@plantrack/contract/audit/audit.contract';
import { AuditLogTable } from '../features/audit/components/AuditLogTable';
import { AuditSearchForm } from '../features/audit/components/AuditSearchForm';
import { useAuditEntries } from '../features/audit/hooks/useAuditEntries';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { SectionCard } from '../ui/SectionCard';

/** 审计日志 (auditor only): search the log, read before/after, export what was found as CSV. Read-only. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState<AuditSearch>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const entries = useAuditEntries(search, paging.page, paging.pageSize);
  useDocumentTitle(t('nav.audit'));
  const handleSearch = (next: AuditSearch) => {
    setSearch(next);
    setPaging((current) => ({ ...current, page: 1 }));
  };
  return (
    <>
      <PageHeader
        title={t('nav.audit')}
        description={t('auditLog.description')}
        actions={
          <Tooltip title={t('auditLog.search.exportHint')}>
            <Button icon={<DownloadOutlined aria-hidden="true" />} href={auditExportUrl(search)} download>
              {t('auditLog.search.export')}
            </Button>
          </Tooltip>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <SectionCard id="audit-search" title={t('auditLog.search.title')}>
          <AuditSearchForm onSearch={handleSearch} />
        </SectionCard>
        <SectionCard id="audit-entries" title={t('auditLog.table.caption')} flush>
          {entries.error ? (
            <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />
          ) : (
            <AuditLogTable
              entries={entries.data?.entries ?? []}
              total={entries.data?.total ?? 0}
              page={paging.page}
              pageSize={paging.pageSize}
              isLoading={entries.isFetching}
              onPage={(page, pageSize) => setPaging({ page, pageSize })}
            />
          )}
        </SectionCard>
      </Space>
    </>
  );
}
