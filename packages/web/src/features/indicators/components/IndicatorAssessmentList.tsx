import { formatDecimal } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { Indicator } from '@plantrack/contract/indicators/indicators.contract';
import type { IndicatorAnalysis } from '../model/assess-indicator';
import { IndicatorStatusTag } from './IndicatorStatusTag';

/** The judgement against each target, with the one-sentence reason the domain gives (never a bare colour). */
export function IndicatorAssessmentList({ indicator, analysis }: { indicator: Indicator; analysis: IndicatorAnalysis }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (analysis.assessments.length === 0) return <p className="muted">{t('indicator.noTargets')}</p>;
  return (
    <ul className="assessment-list">
      {analysis.assessments.map(({ kind, target, progress }) => (
        <li key={kind} className="assessment-list__item">
          <div className="assessment-list__head">
            <span className="assessment-list__target">
              <span>{t(`indicator.targets.${kind}`)}</span>
              <span className="assessment-list__value">{format.value(formatDecimal(target.value), indicator.unit)}</span>
            </span>
            <IndicatorStatusTag status={progress.status} />
          </div>
          <p className="assessment-list__reason">{format.reason(progress)}</p>
          {progress.ratio !== null && (
            <p className="assessment-list__ratio">
              {t('indicator.ratio', { ratio: formatDecimal(progress.ratio, 2) })}
              {progress.projection !== null && ` · ${t('indicator.projection', { value: format.value(formatDecimal(progress.projection), indicator.unit) })}`}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
