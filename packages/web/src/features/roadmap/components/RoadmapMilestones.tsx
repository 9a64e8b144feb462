import { SCHEDULE_STATUS_COLOURS } from '@plantrack/domain';
import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import { StatusTag } from '../../../ui/StatusTag';
import { errorText } from '../../../ui/error-text';
import { useRoadmapCell } from '../hooks/useRoadmap';

/**
 * An opened cell's milestones, fetched now (the roadmap itself carries only counts): status (with its
 * reason), the item (a link), the milestone text and planned %; a busy cell loads further pages on request.
 */
export function RoadmapMilestones({ area, period }: { area: string; period: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cell = useRoadmapCell(area, period);
  if (cell.isPending) {
    return (
      <p className="roadmap__muted roadmap__loading" role="status">
        <Spin size="small" /> {t('roadmap.loadingMilestones')}
      </p>
    );
  }
  if (cell.isError) {
    return (
      <p className="roadmap__muted" role="alert">
        {errorText(cell.error, t)}{' '}
        <button type="button" className="roadmap__toggle" onClick={() => void cell.refetch()}>
          {t('common.retry')}
        </button>
      </p>
    );
  }
  const milestones = cell.data.pages.flatMap((page) => page.milestones);
  const total = cell.data.pages[0]?.total ?? 0;
  if (total === 0) return <p className="roadmap__muted">{t('roadmap.noMilestones')}</p>;
  return (
    <>
      <ul className="roadmap-milestones" aria-label={t('roadmap.milestoneCount', { count: total })}>
        {milestones.map((entry) => (
          <li key={entry.item.id} className="roadmap-milestone">
            <div className="roadmap-milestone__head">
              <StatusTag colour={SCHEDULE_STATUS_COLOURS[entry.status]} title={format.reason(entry)}>
                {format.scheduleStatus(entry.status)}
              </StatusTag>
              <Link to={`/items/${entry.item.id}`} className="roadmap-milestone__item">
                <span className="item-code">{entry.item.code}</span>
                {entry.item.title}
              </Link>
            </div>
            <div className="roadmap-milestone__plan">
              {entry.milestone ?? t('roadmap.noMilestoneText')}
              {entry.plannedPercent !== null && (
                <span className="roadmap-milestone__percent">{t('roadmap.plannedPercent', { percent: format.percent(entry.plannedPercent) })}</span>
              )}
            </div>
            <div className="roadmap-milestone__reason">{format.reason(entry)}</div>
          </li>
        ))}
      </ul>
      {cell.hasNextPage && (
        <button type="button" className="roadmap__toggle" disabled={cell.isFetchingNextPage} onClick={() => void cell.fetchNextPage()}>
          {cell.isFetchingNextPage ? t('roadmap.loadingMilestones') : t('roadmap.loadMore', { count: total - milestones.length })}
        </button>
      )}
    </>
  );
}
