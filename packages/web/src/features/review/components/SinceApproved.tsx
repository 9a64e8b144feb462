import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { QueueEntry } from '@plantrack/contract/review/review.contract';

/** What changed since the item's last approved report: its figure (40% → 55%) and whether the progress text is new. */
export function SinceApproved({ entry }: { entry: QueueEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const previous = entry.sinceApproved;
  if (!previous) return <span className="section-hint">{t('reviewQueue.firstReport')}</span>;
  return (
    <span className="review-change">
      <span>
        {t('reviewQueue.percentChange', {
          from: format.percent(previous.completionPercent),
          to: format.percent(entry.report.completionPercent),
          period: format.period(previous.period),
        })}
      </span>
      <span className="section-hint">{previous.isProgressChanged ? t('reviewQueue.progressChanged') : t('reviewQueue.progressUnchanged')}</span>
    </span>
  );
}
