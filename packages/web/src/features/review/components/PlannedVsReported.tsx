import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { ScheduleOutcome } from '@plantrack/contract/items/items.contract';

/** 计划 50% / 报送 55%, on the basis the quarter's plan is written on (the whole task, or the year's task). */
export function PlannedVsReported({ outcome }: { outcome: ScheduleOutcome }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span className="review-figures">
      <span>{t('reviewQueue.planned', { percent: format.percent(outcome.planned) })}</span>
      <span className="review-figures__reported">{t('reviewQueue.reported', { percent: format.percent(outcome.actual) })}</span>
      {outcome.basis === 'annual' && <span className="section-hint">{t('reviewQueue.annualBasis')}</span>}
    </span>
  );
}
