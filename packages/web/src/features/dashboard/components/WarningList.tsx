import { lazy, Suspense, useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLanguage } from '../../../i18n/useLanguage';
import type { DashboardSummary } from '@plantrack/contract/dashboard/dashboard.contract';
import { linkOfWarning } from './warning-link';

// The drawer's table, filters and pagination load only when someone asks for all the warnings.
const AllWarningsDrawer = lazy(async () => ({ default: (await import('./AllWarningsDrawer')).AllWarningsDrawer }));

const SHOWN_AT_FIRST = 8;

/**
 * 预警: red before yellow (the server's order), each naming the item and the reason; opens the item or
 * indicator. The plan's summary carries only the first few: "全部预警 (N)" pages through the rest from
 * the server. A leader's portfolio carries all of its own, which simply unfold.
 */
export function WarningList({ summary }: { summary: Pick<DashboardSummary, 'asOf' | 'warnings' | 'warningCounts' | 'byDepartment'> }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [isExpanded, setExpanded] = useState(false);
  const [isDrawerOpen, setDrawerOpen] = useState(false);
  // Kept once opened, so closing it animates and reopening keeps its page and filters.
  const [hasOpenedDrawer, setHasOpenedDrawer] = useState(false);
  const { warnings, warningCounts: counts } = summary;
  const isPaged = counts.total > warnings.length;
  const shown = isExpanded ? warnings : warnings.slice(0, SHOWN_AT_FIRST);

  if (counts.total === 0) return <p className="muted">{t('dashboard.noWarnings')}</p>;
  return (
    <div className="warning-list">
      <p className="warning-list__summary">{t('dashboard.warningSummary', { count: counts.total, red: counts.red, yellow: counts.yellow })}</p>
      <ol>
        {shown.map((warning, index) => {
          const href = linkOfWarning(warning);
          const message = language === 'zh-CN' ? warning.messageZh : warning.messageEn;
          return (
            <li
              key={`${warning.kind}-${warning.subject.type}-${warning.subject.id}-${index}`}
              className={`warning-list__item warning-list__item--${warning.level}`}
            >
              <span className="warning-list__level">{t(`dashboard.warningLevel.${warning.level}`)}</span>
              {href ? <Link to={href}>{message}</Link> : <span>{message}</span>}
            </li>
          );
        })}
      </ol>
      {isPaged ? (
        <>
          <Button
            type="link"
            onClick={() => {
              setHasOpenedDrawer(true);
              setDrawerOpen(true);
            }}
            className="warning-list__more"
          >
            {t('dashboard.allWarningsButton', { count: counts.total })}
          </Button>
          {hasOpenedDrawer && (
            <Suspense fallback={null}>
              <AllWarningsDrawer asOf={summary.asOf} departments={summary.byDepartment} isOpen={isDrawerOpen} onClose={() => setDrawerOpen(false)} />
            </Suspense>
          )}
        </>
      ) : (
        warnings.length > SHOWN_AT_FIRST && (
          <Button type="link" onClick={() => setExpanded(!isExpanded)} className="warning-list__more">
            {isExpanded ? t('dashboard.showFewer') : t('dashboard.showAllWarnings', { count: counts.total })}
          </Button>
        )
      )}
    </div>
  );
}
