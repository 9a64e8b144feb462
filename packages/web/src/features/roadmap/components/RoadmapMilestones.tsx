import { useId, useState } from 'react';
import { SCHEDULE_STATUS_COLOURS } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import { StatusTag } from '../../../ui/StatusTag';
import type { RoadmapMilestone } from '@plantrack/contract/dashboard/dashboard.contract';

/** How many milestones a cell shows before "show the rest": a cell stays scannable in a busy quarter. */
const SHOWN = 3;

/** The quarter's milestones: status (with its reason), the item (a link), the milestone text and planned %. */
export function RoadmapMilestones({ milestones }: { milestones: RoadmapMilestone[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isExpanded, setExpanded] = useState(false);
  const listId = useId();
  if (milestones.length === 0) return <p className="roadmap__muted">{t('roadmap.noMilestones')}</p>;
  const shown = isExpanded ? milestones : milestones.slice(0, SHOWN);
  const hidden = milestones.length - shown.length;
  return (
    <>
      <ul className="roadmap-milestones" id={listId} aria-label={t('roadmap.milestoneCount', { count: milestones.length })}>
        {shown.map((entry) => (
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
      {milestones.length > SHOWN && (
        <button type="button" className="roadmap__toggle" aria-expanded={isExpanded} aria-controls={listId} onClick={() => setExpanded(!isExpanded)}>
          {isExpanded ? t('roadmap.showLess') : t('roadmap.showMore', { count: hidden })}
        </button>
      )}
    </>
  );
}
