import { useState } from 'react';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { Roadmap } from '@plantrack/contract/dashboard/dashboard.contract';
import { RoadmapCellContent } from './RoadmapCellContent';
import { QuarterHeading } from './RoadmapTable';
import { StatusCountChips } from './StatusCountChips';

/**
 * The quarter a phone opens at: the current one; in a year already over (after the plan's end, the
 * last year is shown), its last quarter, as the rest of the app stands on; in a year to come, its first.
 */
function firstQuarterShown(roadmap: Roadmap): string {
  const current = roadmap.quarters.find((quarter) => quarter.isCurrent);
  if (current) return current.period;
  const last = roadmap.quarters.at(-1);
  if (last && roadmap.currentPeriod > last.period) return last.period;
  return roadmap.quarters[0]?.period ?? '';
}

/** On a phone: one quarter at a time (the current one first), its areas one under another. */
export function RoadmapQuarterView({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const format = useFormat();
  const initial = firstQuarterShown(roadmap);
  const [chosen, setChosen] = useState(initial);
  const period = roadmap.quarters.some((quarter) => quarter.period === chosen) ? chosen : initial;
  const index = roadmap.quarters.findIndex((quarter) => quarter.period === period);
  const quarter = roadmap.quarters[index];
  if (!quarter) return null;
  return (
    <div className="roadmap-phone">
      <Segmented<string>
        block
        aria-label={t('roadmap.quarterChoice')}
        value={period}
        onChange={setChosen}
        options={roadmap.quarters.map((q) => ({
          value: q.period,
          label: q.isCurrent ? `${format.quarterOnly(q.period)}·${t('roadmap.currentQuarter')}` : format.quarterOnly(q.period),
        }))}
      />
      <h2 className={quarter.isCurrent ? 'roadmap-phone__title roadmap__head--current' : 'roadmap-phone__title'}>
        {format.year(roadmap.year)}
        <QuarterHeading quarter={quarter} />
      </h2>
      <StatusCountChips
        counts={quarter.counts}
        filter={{}}
        period={quarter.period}
        label={t('roadmap.countsOf', { area: t('roadmap.allAreas'), period: format.period(quarter.period) })}
      />
      {roadmap.areas.map((area) => {
        const cell = area.cells[index];
        if (!cell) return null;
        return (
          <section key={area.key} className="roadmap-phone__area" aria-label={area.label}>
            <h3 className="roadmap-phone__area-title">{area.label}</h3>
            <RoadmapCellContent area={area} cell={cell} />
          </section>
        );
      })}
    </div>
  );
}
