import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../i18n/useFormat';
import { SectionCard } from '../../../ui/SectionCard';
import { StatusTag } from '../../../ui/StatusTag';
import { useOpenInstructions } from '../hooks/useOpenInstructions';

/**
 * 待办批示: the leaders' instructions still waiting for 阅办 or 落实反馈 — for a department those on the
 * items it leads, for a leader their own. Nothing is shown when none wait (or for roles that have none).
 * Plain elements only: the notifications page keeps to the home page's chunk.
 */
export function OpenInstructions({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = useOpenInstructions(enabled);
  const rows = open.data ?? [];
  if (rows.length === 0) return null;
  return (
    <SectionCard id="open-instructions" title={t('supervision.instruction.openTitle', { count: rows.length })}>
      <ul className="notification-page__items" aria-label={t('supervision.instruction.openLabel')}>
        {rows.map((row) => (
          <li key={row.id} className="supervision-list__entry">
            <Link to={`/items/${row.item.id}#instructions`}>
              <span className="item-code">{row.item.code}</span>
              {row.item.title}
            </Link>{' '}
            <StatusTag colour="yellow">{t(`supervision.instruction.status.${row.status}`)}</StatusTag>
            <div className="supervision-muted">
              {row.author.name ?? row.author.displayName} · {format.dateTime(row.at)}：{row.text}
            </div>
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}
