import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import { DataTable } from '../../../ui/DataTable';
import { errorText } from '../../../ui/error-text';
import type { ReportSummary } from '../../reporting/api/reports.api';
import { ReportBody } from '../../reporting/components/ItemReports';
import type { ReviewResult } from '../api/review.api';
import { useApproveReport, useReturnReport, useReviewBatch } from '../hooks/useReviewMutations';
import { ReviewDecisionModal } from './ReviewDecisionModal';
import type { ReviewDecision, ReviewDecisionValues } from './ReviewDecisionModal';

interface Pending {
  decision: ReviewDecision;
  reports: ReportSummary[];
}

/** The office's queue: read each report, approve or return it, one at a time or several at once. */
export function ReviewQueue({ reports, isLoading }: { reports: ReportSummary[]; isLoading: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [selected, setSelected] = useState<number[]>([]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [failures, setFailures] = useState<ReviewResult[]>([]);
  const approve = useApproveReport();
  const giveBack = useReturnReport();
  const batch = useReviewBatch();
  const chosen = reports.filter((report) => selected.includes(report.id));
  const error = approve.error ?? giveBack.error ?? batch.error;

  const finish = () => {
    setPending(null);
    setSelected([]);
  };

  const confirm = ({ comment, qualityRating }: ReviewDecisionValues) => {
    if (!pending) return;
    const text = comment?.trim() || undefined;
    const [only] = pending.reports;
    if (pending.reports.length === 1 && only) {
      if (pending.decision === 'approve') approve.mutate({ id: only.id, version: only.version, comment: text, qualityRating }, { onSuccess: finish });
      else giveBack.mutate({ id: only.id, version: only.version, comment: text ?? '' }, { onSuccess: finish });
      return;
    }
    batch.mutate(
      { decision: pending.decision, comment: text, reports: pending.reports.map(({ id, version }) => ({ id, version })) },
      {
        onSuccess: (results) => {
          setFailures(results.filter((result) => !result.ok));
          finish();
        },
      },
    );
  };

  return (
    <>
      {error && <Alert type="error" showIcon role="alert" title={errorText(error, t)} className="review-comment" />}
      {failures.length > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="review-comment"
          title={t('review.someFailed', { count: failures.length })}
          description={failures.map((failure) => `#${failure.id} ${failure.code ?? ''}`).join(t('common.listSeparator'))}
          closable={{ onClose: () => setFailures([]) }}
        />
      )}
      <div className="review-toolbar">
        <span>{t('review.selected', { count: chosen.length })}</span>
        <Button type="primary" disabled={chosen.length === 0} onClick={() => setPending({ decision: 'approve', reports: chosen })}>
          {t('review.approveSelected')}
        </Button>
        <Button danger disabled={chosen.length === 0} onClick={() => setPending({ decision: 'return', reports: chosen })}>
          {t('review.returnSelected')}
        </Button>
      </div>
      <DataTable<ReportSummary>
        label={t('nav.review')}
        emptyText={t('review.empty')}
        rowKey="id"
        loading={isLoading}
        dataSource={reports}
        pagination={false}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(Number)),
          getTitleCheckboxProps: () => ({ 'aria-label': t('review.selectAll') }),
          getCheckboxProps: (report) => ({ 'aria-label': t('review.selectOne', { code: report.item.code }) }),
        }}
        expandable={{ expandedRowRender: (report) => <ReportBody report={report} /> }}
        columns={[
          {
            key: 'item',
            title: t('report.item'),
            render: (_, report) => (
              <>
                <span className="item-code">{report.item.code}</span>
                <Link to={`/items/${report.item.id}`}>{report.item.title}</Link>
              </>
            ),
          },
          { key: 'department', title: t('ledgerColumns.leadDepartment'), width: 130, render: (_, report) => report.item.leadDepartment ?? '—' },
          { key: 'period', title: t('report.period'), width: 120, render: (_, report) => format.period(report.period) },
          { key: 'completion', title: t('report.completionPercent'), width: 110, render: (_, report) => format.percent(report.completionPercent) },
          {
            key: 'submittedAt',
            title: t('review.submittedAt'),
            width: 170,
            render: (_, report) => (
              <>
                {report.submittedAt ? format.dateTime(report.submittedAt) : '—'}
                {report.isLate && <div className="owed-list__deadline--overdue">{t('review.late')}</div>}
              </>
            ),
          },
          {
            key: 'actions',
            title: t('common.actions'),
            width: 170,
            render: (_, report) => (
              <Space size={4}>
                <Button
                  size="small"
                  type="link"
                  aria-label={t('review.approveOne', { code: report.item.code })}
                  onClick={() => setPending({ decision: 'approve', reports: [report] })}
                >
                  {t('review.approve')}
                </Button>
                <Button
                  size="small"
                  type="link"
                  danger
                  aria-label={t('review.returnOne', { code: report.item.code })}
                  onClick={() => setPending({ decision: 'return', reports: [report] })}
                >
                  {t('review.return')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <ReviewDecisionModal
        decision={pending?.decision ?? null}
        count={pending?.reports.length ?? 0}
        canRate={pending?.reports.length === 1}
        isPending={approve.isPending || giveBack.isPending || batch.isPending}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
