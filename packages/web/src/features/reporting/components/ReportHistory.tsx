import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { ReportVersion } from '@plantrack/contract/reporting/reports.contract';

/** Every saved version of a report: who did what, when. */
export function ReportHistory({ versions }: { versions: ReportVersion[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (versions.length === 0) return null;
  return (
    <ol className="report-history" aria-label={t('report.history')}>
      {versions.map((version) => (
        <li key={version.version}>
          {t('report.versionLine', {
            version: version.version,
            action: t(`reportActions.${version.action}`, { defaultValue: version.action }),
            actor: version.actorName ?? '—',
            at: format.dateTime(version.at),
          })}
        </li>
      ))}
    </ol>
  );
}
