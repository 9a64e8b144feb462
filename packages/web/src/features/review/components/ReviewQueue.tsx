import { useEffect, useState } from 'react';
import { Alert, Button, Grid, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { DataTable } from '../../../ui/DataTable';
import { errorText } from '../../../ui/error-text';
import { ReportBody } from '../../reporting/components/ItemReports';
import type { QueueEntry } from '@plantrack/contract/review/review.contract';
import { useQueueKeyboard } from '../hooks/useQueueKeyboard';
import { useApproveReport, useReturnReport, useReviewBatch } from '../hooks/useReviewMutations';
import { BatchOutcomeAlert } from './BatchOutcomeAlert';
import type { BatchOutcome } from './BatchOutcomeAlert';
import { narrowQueueColumns, wideQueueColumns } from './queue-columns';
import { ReviewDecisionModal } from './ReviewDecisionModal';
import type { ReviewDecision, ReviewDecisionValues } from './ReviewDecisionModal';

interface Pending {
  decision: ReviewDecision;
  entries: QueueEntry[];
}

export interface ReviewQueueProps {
  entries: QueueEntry[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  onPageChange: (page: number) => void;
}

/**
 * The office's queue: read each report against its plan, approve or return it one at a time (also by
 * keyboard) or several at once. The current row (j / k) is what a and r act on.
 */
export function ReviewQueue({ entries, total, page, pageSize, isLoading, onPageChange }: ReviewQueueProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const screens = Grid.useBreakpoint();
  const [selected, setSelected] = useState<number[]>([]);
  const [cursor, setCursor] = useState(0);
  const [pending, setPending] = useState<Pending | null>(null);
  const [batchOutcome, setBatchOutcome] = useState<BatchOutcome | null>(null);
  const [messages, messageHolder] = message.useMessage();
  const approve = useApproveReport();
  const giveBack = useReturnReport();
  const batch = useReviewBatch();
  const chosen = entries.filter((entry) => selected.includes(entry.report.id));
  // Decided reports leave the list: the cursor stays in place, on the report that moved up.
  if (cursor > 0 && cursor > entries.length - 1) setCursor(Math.max(0, entries.length - 1));
  const current = entries[Math.min(cursor, entries.length - 1)];
  const error = approve.error ?? giveBack.error ?? batch.error;

  useEffect(() => {
    if (current) document.querySelector(`tr[data-row-key="${current.report.id}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  useQueueKeyboard(pending === null, {
    onMove: (step) => setCursor((index) => Math.max(0, Math.min(index + step, entries.length - 1))),
    onApprove: () => {
      if (!current || approve.isPending) return;
      const { id, version, item } = current.report;
      approve.mutate({ id, version }, { onSuccess: () => void messages.success(t('reviewQueue.approvedOne', { code: item.code })) });
    },
    onReturn: () => current && setPending({ decision: 'return', entries: [current] }),
  });

  const finish = () => {
    setPending(null);
    setSelected([]);
  };

  const confirm = ({ comment, qualityRating }: ReviewDecisionValues) => {
    if (!pending) return;
    const text = comment?.trim() || undefined;
    const [only] = pending.entries;
    if (pending.entries.length === 1 && only) {
      const { id, version } = only.report;
      if (pending.decision === 'approve') approve.mutate({ id, version, comment: text, qualityRating }, { onSuccess: finish });
      else giveBack.mutate({ id, version, comment: text ?? '' }, { onSuccess: finish });
      return;
    }
    const codes = new Map(pending.entries.map((entry) => [entry.report.id, entry.report.item.code]));
    batch.mutate(
      { decision: pending.decision, comment: text, reports: pending.entries.map(({ report }) => ({ id: report.id, version: report.version })) },
      {
        onSuccess: (results) => {
          setBatchOutcome({ results, codes });
          finish();
        },
      },
    );
  };

  const decide = (decision: ReviewDecision, entry: QueueEntry) => setPending({ decision, entries: [entry] });
  const columns = screens.md === false ? narrowQueueColumns(t, format, decide) : wideQueueColumns(t, format, decide);

  return (
    <>
      {messageHolder}
      {error && <Alert type="error" showIcon role="alert" title={errorText(error, t)} className="review-comment" />}
      {batchOutcome && <BatchOutcomeAlert outcome={batchOutcome} onClose={() => setBatchOutcome(null)} />}
      <div className="review-toolbar">
        <span>{t('review.selected', { count: chosen.length })}</span>
        <Button type="primary" disabled={chosen.length === 0} onClick={() => setPending({ decision: 'approve', entries: chosen })}>
          {t('review.approveSelected')}
        </Button>
        <Button danger disabled={chosen.length === 0} onClick={() => setPending({ decision: 'return', entries: chosen })}>
          {t('review.returnSelected')}
        </Button>
        <span className="review-toolbar__hint" id="review-shortcuts">
          {t('reviewQueue.shortcuts')}
          {current && <span aria-live="polite"> · {t('reviewQueue.currentRow', { code: current.report.item.code })}</span>}
        </span>
      </div>
      <DataTable<QueueEntry>
        label={t('nav.review')}
        emptyText={t('review.empty')}
        rowKey={(entry) => entry.report.id}
        loading={isLoading}
        dataSource={entries}
        columns={columns}
        rowClassName={(entry) => (entry === current ? 'review-row--current' : '')}
        onRow={(entry, index) => ({ onClick: () => setCursor(index ?? 0), 'aria-current': entry === current ? 'true' : undefined })}
        pagination={{
          current: page,
          pageSize,
          total,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (count) => t('table.total', { count }),
          onChange: onPageChange,
        }}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys.map(Number)),
          getTitleCheckboxProps: () => ({ 'aria-label': t('review.selectAll') }),
          getCheckboxProps: (entry) => ({ 'aria-label': t('review.selectOne', { code: entry.report.item.code }) }),
        }}
        expandable={{ expandedRowRender: (entry) => <ReportBody report={entry.report} /> }}
      />
      <ReviewDecisionModal
        decision={pending?.decision ?? null}
        count={pending?.entries.length ?? 0}
        canRate={pending?.entries.length === 1}
        isPending={approve.isPending || giveBack.isPending || batch.isPending}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
