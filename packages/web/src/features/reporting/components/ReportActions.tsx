import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Space, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import { StaleVersionAlert } from '../../../ui/StaleVersionAlert';
import type { ReportSummary } from '@plantrack/contract/reporting/reports.contract';
import { useSubmitReport } from '../hooks/useSubmitReport';
import { useWithdrawReport } from '../hooks/useWithdrawReport';

/** What the department may do with a report now (its policies): edit it on the form, submit or withdraw it. */
export function ReportActions({ report, onReload }: { report: ReportSummary; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const submit = useSubmitReport();
  const withdraw = useWithdrawReport();
  const [messages, messageHolder] = message.useMessage();
  const { canEdit, canSubmit, canWithdraw } = report.policies;
  if (!canEdit && !canSubmit && !canWithdraw) return null;
  const error = submit.error ?? withdraw.error;
  const isStale = error instanceof ApiError && error.isStaleVersion;
  const reload = () => {
    submit.reset();
    withdraw.reset();
    onReload();
  };
  return (
    <Space orientation="vertical" size={8}>
      {messageHolder}
      {isStale ? (
        <StaleVersionAlert message={t('report.stale')} onReload={reload} />
      ) : (
        error && <Alert type="error" showIcon role="alert" title={errorText(error, t)} />
      )}
      <Space size={8} wrap>
        {canEdit && (
          <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => navigate(`/reporting/items/${report.item.id}/${report.period}`)}>
            {t('report.edit')}
          </Button>
        )}
        {canSubmit && (
          <Button
            type="primary"
            loading={submit.isPending}
            disabled={withdraw.isPending || isStale}
            onClick={() => submit.mutate({ id: report.id, version: report.version }, { onSuccess: () => void messages.success(t('report.submitted')) })}
          >
            {t('report.submit')}
          </Button>
        )}
        {canWithdraw && (
          <Button
            loading={withdraw.isPending}
            disabled={submit.isPending || isStale}
            onClick={() => withdraw.mutate({ id: report.id, version: report.version }, { onSuccess: () => void messages.success(t('report.withdrawn')) })}
          >
            {t('report.withdraw')}
          </Button>
        )}
      </Space>
    </Space>
  );
}
