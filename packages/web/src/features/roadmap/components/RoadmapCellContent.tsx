import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { RoadmapArea, RoadmapCell } from '@plantrack/contract/dashboard/dashboard.contract';
import { RoadmapMilestones } from './RoadmapMilestones';
import { StatusCountChips } from './StatusCountChips';

/**
 * One area in one quarter, in the table and on a phone alike: its status counts (links) and how many
 * milestones it holds, a button that opens them (fetched only then).
 */
export function RoadmapCellContent({ area, cell }: { area: RoadmapArea; cell: RoadmapCell }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isOpen, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <StatusCountChips
        counts={cell.counts}
        filter={area.filter}
        period={cell.period}
        label={t('roadmap.countsOf', { area: area.label, period: format.period(cell.period) })}
      />
      {cell.milestoneCount === 0 ? (
        <p className="roadmap__muted">{t('roadmap.noMilestones')}</p>
      ) : (
        <>
          <button type="button" className="roadmap__toggle" aria-expanded={isOpen} aria-controls={panelId} onClick={() => setOpen(!isOpen)}>
            {isOpen ? t('roadmap.hideMilestones') : t('roadmap.showMilestones', { count: cell.milestoneCount })}
          </button>
          <div id={panelId}>{isOpen && <RoadmapMilestones area={area.key} period={cell.period} />}</div>
        </>
      )}
    </>
  );
}
