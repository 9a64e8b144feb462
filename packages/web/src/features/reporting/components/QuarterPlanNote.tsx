import type { MilestoneBasis } from '@plantrack/domain';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { QuarterlyPlan } from '../../items/api/quarterly-plans.api';

export interface QuarterPlanNoteProps {
  plan: QuarterlyPlan | null;
  basis: MilestoneBasis;
}

/** What the quarter's plan asks (milestone and planned %, on its basis), above the form that reports against it. */
export function QuarterPlanNote({ plan, basis }: QuarterPlanNoteProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (plan === null || (plan.milestone === null && plan.cumulativePercent === null)) {
    return <p className="section-hint">{t('report.noQuarterPlan')}</p>;
  }
  const percent =
    plan.cumulativePercent === null
      ? null
      : t(basis === 'annual' ? 'report.quarterPlanPercentAnnual' : 'report.quarterPlanPercent', { percent: format.percent(plan.cumulativePercent) });
  return (
    <Alert
      type="info"
      className="review-comment"
      title={t('report.quarterPlan')}
      description={<span className="preserve-lines">{[plan.milestone, percent].filter((part) => part !== null).join('；')}</span>}
    />
  );
}
