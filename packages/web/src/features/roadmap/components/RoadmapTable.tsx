import './roadmap.css';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { Roadmap, RoadmapQuarter } from '@plantrack/contract/dashboard/dashboard.contract';
import { RoadmapCellContent } from './RoadmapCellContent';
import { StatusCountChips } from './StatusCountChips';

/** The quarter's column heading: 一季度, with "本季度" and the reporting cycle's state. */
export function QuarterHeading({ quarter }: { quarter: RoadmapQuarter }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <span className="roadmap__quarter">{format.quarterOnly(quarter.period)}</span>
      {quarter.isCurrent && <span className="roadmap__current-badge">{t('roadmap.currentQuarter')}</span>}
      <span className="roadmap__cycle">
        {quarter.cycle ? t(`roadmap.cycle.${quarter.cycle.status === 'open' ? 'open' : 'closed'}`) : t('roadmap.cycle.none')}
      </span>
    </>
  );
}

/** Areas × quarters on wide screens: a real table, so screen readers announce the row and column of a cell. */
export function RoadmapTable({ roadmap }: { roadmap: Roadmap }) {
  const { t } = useTranslation();
  const format = useFormat();
  const year = format.year(roadmap.year);
  return (
    <div className="roadmap__scroll" role="region" aria-label={t('roadmap.tableCaption', { year })} tabIndex={0}>
      <table className="roadmap">
        <caption className="visually-hidden">{t('roadmap.tableCaption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col" className="roadmap__area-head">
              {t('roadmap.area')}
            </th>
            {roadmap.quarters.map((quarter) => (
              <th
                key={quarter.period}
                scope="col"
                className={quarter.isCurrent ? 'roadmap__head roadmap__head--current' : 'roadmap__head'}
                aria-current={quarter.isCurrent ? 'date' : undefined}
              >
                <QuarterHeading quarter={quarter} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {roadmap.areas.map((area) => (
            <tr key={area.key}>
              <th scope="row" className="roadmap__area">
                {area.label}
              </th>
              {area.cells.map((cell, index) => (
                <td key={cell.period} className={roadmap.quarters[index]?.isCurrent ? 'roadmap__cell roadmap__cell--current' : 'roadmap__cell'}>
                  <RoadmapCellContent area={area} cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="roadmap__area">
              {t('roadmap.allAreas')}
            </th>
            {roadmap.quarters.map((quarter) => (
              <td key={quarter.period} className={quarter.isCurrent ? 'roadmap__cell roadmap__cell--current' : 'roadmap__cell'}>
                <StatusCountChips
                  counts={quarter.counts}
                  filter={{}}
                  period={quarter.period}
                  label={t('roadmap.countsOf', { area: t('roadmap.allAreas'), period: format.period(quarter.period) })}
                />
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
