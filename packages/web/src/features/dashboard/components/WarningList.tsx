import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLanguage } from '../../../i18n/useLanguage';
import type { Warning } from '@plantrack/contract/dashboard/dashboard.contract';

const SHOWN_AT_FIRST = 8;

function linkOf(warning: Warning): string | null {
  if (warning.subject.type === 'item') return `/items/${warning.subject.id}`;
  if (warning.subject.type === 'indicator') return `/indicators/${warning.subject.id}`;
  return null;
}

/** 预警: red before yellow, each naming the item and the reason; opens the item or indicator. */
export function WarningList({ warnings }: { warnings: Warning[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [isExpanded, setExpanded] = useState(false);
  const sorted = [...warnings].sort((a, b) => (a.level === b.level ? 0 : a.level === 'red' ? -1 : 1));
  const shown = isExpanded ? sorted : sorted.slice(0, SHOWN_AT_FIRST);
  const reds = warnings.filter((warning) => warning.level === 'red').length;

  if (warnings.length === 0) return <p className="muted">{t('dashboard.noWarnings')}</p>;
  return (
    <div className="warning-list">
      <p className="warning-list__summary">{t('dashboard.warningSummary', { count: warnings.length, red: reds, yellow: warnings.length - reds })}</p>
      <ol>
        {shown.map((warning, index) => {
          const href = linkOf(warning);
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
      {warnings.length > SHOWN_AT_FIRST && (
        <Button type="link" onClick={() => setExpanded(!isExpanded)} className="warning-list__more">
          {isExpanded ? t('dashboard.showFewer') : t('dashboard.showAllWarnings', { count: warnings.length })}
        </Button>
      )}
    </div>
  );
}
