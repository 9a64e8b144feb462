import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { RoadmapArea, RoadmapCell } from '@plantrack/contract/dashboard/dashboard.contract';
import { RoadmapMilestones } from './RoadmapMilestones';
import { StatusCountChips } from './StatusCountChips';

/** One area in one quarter, in the table and on a phone alike: its status counts (links) and milestones. */
export function RoadmapCellContent({ area, cell }: { area: RoadmapArea; cell: RoadmapCell }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <StatusCountChips
        counts={cell.counts}
        filter={area.filter}
        period={cell.period}
        label={t('roadmap.countsOf', { area: area.label, period: format.period(cell.period) })}
      />
      <RoadmapMilestones milestones={cell.milestones} />
    </>
  );
}
