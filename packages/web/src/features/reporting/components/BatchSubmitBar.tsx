import { Alert, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api/api-error';
import { errorText } from '../../../ui/error-text';
import type { OwedReport } from '@plantrack/contract/reporting/reports.contract';
import { useSubmitReportBatch } from '../hooks/useSubmitReport';

export interface BatchSubmitBarProps {
  owed: OwedReport[];
  selected: number[];
  /** Told how many were sent; the page says so (this bar goes once no draft is left). */
  onSubmitted: (count: number) => void;
}

/** The item a refusal names (the server says which report stopped the batch). */
function codeOfRefused(error: unknown, owed: OwedReport[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return owed.find((row) => row.report?.id === error.details.reportId)?.item.code;
}

/** The head sends the ticked drafts to the office at once: all of them, or none if one changed meanwhile. */
export function BatchSubmitBar({ owed, selected, onSubmitted }: BatchSubmitBarProps) {
  const { t } = useTranslation();
  const submit = useSubmitReportBatch();
  const chosen = owed.flatMap((row) => (row.report && selected.includes(row.report.id) ? [{ id: row.report.id, version: row.report.version }] : []));
  const refusedCode = codeOfRefused(submit.error, owed);

  const send = () =>
    submit.mutate(chosen, {
      onSuccess: (reports) => onSubmitted(reports.length),
    });

  return (
    <>
      {submit.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="review-comment"
          title={refusedCode ? t('report.batchRefused', { code: refusedCode, reason: errorText(submit.error, t) }) : errorText(submit.error, t)}
          description={t('report.batchNothingSent')}
        />
      )}
      <div className="review-toolbar">
        <span>{t('report.batchSelected', { count: chosen.length })}</span>
        <Popconfirm
          title={t('report.batchConfirm', { count: chosen.length })}
          okText={t('report.submit')}
          cancelText={t('common.cancel')}
          onConfirm={send}
          disabled={chosen.length === 0}
        >
          <Button type="primary" disabled={chosen.length === 0} loading={submit.isPending}>
            {t('report.batchSubmit')}
          </Button>
        </Popconfirm>
      </div>
    </>
  );
}
