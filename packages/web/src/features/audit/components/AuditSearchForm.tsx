import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../ui/DateField';
import type { AuditSearch } from '@plantrack/contract/audit/audit.contract';
import { translateOr } from '../model/history-text';
import './audit.css';

const ENTITY_TYPES = [
  'item',
  'progress_report',
  'reporting_cycle',
  'department',
  'section',
  'person',
  'user',
  'settings',
  'indicator',
  'indicator_value',
  'supervision_order',
  'extension_request',
  'instruction',
  'evidence_file',
  'ledger',
  'plan',
  'area',
  'audit_log',
  'route',
] as const;

interface FormValues {
  q?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string | null;
  to?: string | null;
}

/** What the server can search the log by: keyword, object, action, a range of Beijing dates. */
export function AuditSearchForm({ onSearch }: { onSearch: (search: AuditSearch) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const handleFinish = (values: FormValues) => {
    const search: AuditSearch = {};
    for (const key of ['q', 'entityType', 'entityId', 'action', 'from', 'to'] as const) {
      const value = values[key]?.trim();
      if (value) search[key] = value;
    }
    onSearch(search);
  };
  return (
    <Form<FormValues> form={form} layout="vertical" onFinish={handleFinish} aria-label={t('auditLog.search.title')}>
      <div className="audit-search">
        <Form.Item name="q" label={t('auditLog.search.q')}>
          <Input allowClear placeholder={t('auditLog.search.qPlaceholder')} maxLength={100} />
        </Form.Item>
        <Form.Item name="entityType" label={t('auditLog.search.entityType')}>
          <Select
            allowClear
            placeholder={t('auditLog.search.anyType')}
            options={ENTITY_TYPES.map((type) => ({ value: type, label: translateOr(t, `auditLog.entityTypes.${type}`, type) }))}
          />
        </Form.Item>
        <Form.Item name="entityId" label={t('auditLog.search.entityId')}>
          <Input allowClear maxLength={200} />
        </Form.Item>
        <Form.Item name="action" label={t('auditLog.search.action')}>
          <Input allowClear placeholder={t('auditLog.search.actionPlaceholder')} maxLength={100} />
        </Form.Item>
        <Form.Item name="from" label={t('auditLog.search.from')}>
          <DateField />
        </Form.Item>
        <Form.Item name="to" label={t('auditLog.search.to')}>
          <DateField />
        </Form.Item>
      </div>
      <div className="audit-search__actions">
        <Button type="primary" htmlType="submit">
          {t('auditLog.search.submit')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onSearch({});
          }}
        >
          {t('auditLog.search.reset')}
        </Button>
      </div>
    </Form>
  );
}
