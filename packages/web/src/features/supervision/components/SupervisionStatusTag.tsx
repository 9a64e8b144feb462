import type { StatusColour } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../../ui/StatusTag';
import type { SupervisionStatus } from '@plantrack/contract/enums';

const COLOURS: Record<SupervisionStatus, StatusColour> = {
  issued: 'yellow',
  acknowledged: 'yellow',
  answered: 'grey',
  returned: 'red',
  closed: 'green',
};

/** An order's status (已下发 … 已办结), and 已逾期 beside it when the reply date has passed on an open order. */
export function SupervisionStatusTag({ status, isOverdue = false }: { status: SupervisionStatus; isOverdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="supervision-status">
      <StatusTag colour={COLOURS[status]}>{t(`supervision.status.${status}`)}</StatusTag>
      {isOverdue && (
        <>
          {' '}
          <StatusTag colour="red">{t('supervision.overdue')}</StatusTag>
        </>
      )}
    </span>
  );
}
