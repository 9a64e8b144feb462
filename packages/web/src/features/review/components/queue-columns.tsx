import { Button, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { useFormat } from '../../../i18n/useFormat';
import { ReportStateTag } from '../../reporting/components/ReportStateTag';
import type { QueueEntry } from '@plantrack/contract/review/review.contract';
import type { ReviewDecision } from './ReviewDecisionModal';
import { PlannedVsReported } from './PlannedVsReported';
import { ReviewOutcomeStatus } from './ReviewOutcomeStatus';
import { SinceApproved } from './SinceApproved';

type Format = ReturnType<typeof useFormat>;
type Decide = (decision: ReviewDecision, entry: QueueEntry) => void;

function ItemCell({ entry }: { entry: QueueEntry }) {
  return (
    <>
      <span className="item-code">{entry.report.item.code}</span>
      <Link to={`/items/${entry.report.item.id}`}>{entry.report.item.title}</Link>
    </>
  );
}

function Decisions({ entry, t, onDecide }: { entry: QueueEntry; t: TFunction; onDecide: Decide }) {
  const code = entry.report.item.code;
  return (
    <Space size={4}>
      <Button size="small" type="link" aria-label={t('review.approveOne', { code })} onClick={() => onDecide('approve', entry)}>
        {t('review.approve')}
      </Button>
      <Button size="small" type="link" danger aria-label={t('review.returnOne', { code })} onClick={() => onDecide('return', entry)}>
        {t('review.return')}
      </Button>
    </Space>
  );
}

const evidenceText = (entry: QueueEntry, t: TFunction) =>
  entry.evidenceCount > 0 ? t('reviewQueue.evidenceCount', { count: entry.evidenceCount }) : t('reviewQueue.noEvidence');

function Submitted({ entry, t, format }: { entry: QueueEntry; t: TFunction; format: Format }) {
  return (
    <>
      {entry.report.submittedAt ? format.dateTime(entry.report.submittedAt) : '—'}
      {entry.report.isLate && <div className="owed-list__deadline--overdue">{t('review.late')}</div>}
    </>
  );
}

/** The queue's columns on a wide screen: one fact a column, the reason beside the status. */
export function wideQueueColumns(t: TFunction, format: Format, onDecide: Decide): TableColumnsType<QueueEntry> {
  return [
    { key: 'item', title: t('report.item'), width: 220, render: (_, entry) => <ItemCell entry={entry} /> },
    {
      key: 'department',
      title: t('reviewQueue.department'),
      width: 110,
      render: (_, entry) => (
        <>
          {entry.report.item.leadDepartment ?? '—'}
          <div className="section-hint">{format.period(entry.report.period)}</div>
        </>
      ),
    },
    { key: 'figures', title: t('reviewQueue.plannedVsReported'), width: 100, render: (_, entry) => <PlannedVsReported outcome={entry.outcome} /> },
    { key: 'outcome', title: t('reviewQueue.outcome'), width: 220, render: (_, entry) => <ReviewOutcomeStatus outcome={entry.outcome} /> },
    { key: 'evidence', title: t('reviewQueue.evidence'), width: 80, render: (_, entry) => evidenceText(entry, t) },
    { key: 'change', title: t('reviewQueue.change'), width: 130, render: (_, entry) => <SinceApproved entry={entry} /> },
    {
      key: 'submittedAt',
      title: t('review.submittedAt'),
      width: 130,
      render: (_, entry) => (
        <>
          <Submitted entry={entry} t={t} format={format} />
          <ReportStateTag state={entry.report.state} />
        </>
      ),
    },
    { key: 'actions', title: t('common.actions'), width: 110, render: (_, entry) => <Decisions entry={entry} t={t} onDecide={onDecide} /> },
  ];
}

/** On a phone each report is one card-like cell: the same facts stacked, so nothing scrolls sideways. */
export function narrowQueueColumns(t: TFunction, format: Format, onDecide: Decide): TableColumnsType<QueueEntry> {
  return [
    {
      key: 'entry',
      title: t('report.item'),
      render: (_, entry) => (
        <div className="review-card">
          <ItemCell entry={entry} />
          <div className="section-hint">
            {entry.report.item.leadDepartment ?? '—'} · {format.period(entry.report.period)} · {evidenceText(entry, t)}
          </div>
          <PlannedVsReported outcome={entry.outcome} />
          <ReviewOutcomeStatus outcome={entry.outcome} />
          <SinceApproved entry={entry} />
          <div className="section-hint">
            <Submitted entry={entry} t={t} format={format} />
          </div>
          <Decisions entry={entry} t={t} onDecide={onDecide} />
        </div>
      ),
    },
  ];
}
