import type { MilestoneBasis } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { QuarterlyPlan } from '@plantrack/contract/items/quarterly-plans.contract';

export interface QuarterPlanNoteProps {
  plan: QuarterlyPlan | null;
  basis: MilestoneBasis;
}

/** What the quarter's plan asks (milestone and planned %, on its basis), beside the form that reports against it. */
export function QuarterPlanNote({ plan, basis }: QuarterPlanNoteProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const isEmpty = plan === null || (plan.milestone === null && plan.cumulativePercent === null);
  const percent =
    isEmpty || plan.cumulativePercent === null
      ? null
      : t(basis === 'annual' ? 'report.quarterPlanPercentAnnual' : 'report.quarterPlanPercent', { percent: format.percent(plan.cumulativePercent) });
  return (
    <section className="report-context__card report-context__card--plan" aria-label={t('report.quarterPlan')}>
      <h3 className="report-context__title">{t('report.quarterPlan')}</h3>
      {isEmpty ? (
        <p className="section-hint">{t('report.noQuarterPlan')}</p>
      ) : (
        <>
          {percent && <p className="report-context__figure">{percent}</p>}
          {plan.milestone && <p className="report-context__text preserve-lines">{plan.milestone}</p>}
        </>
      )}
    </section>
  );
}
