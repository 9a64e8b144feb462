import { DownOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { handoutUrl } from '../api/handout.api';
import type { HandoutGrouping } from '../api/handout.api';
import type { LedgerView } from '../hooks/useLedgerView';
import { itemFiltersOf } from '../hooks/item-filters-of';

const GROUPINGS: readonly HandoutGrouping[] = ['area', 'leader'];

/**
 * Downloads the 调度会 handout (推进情况表) of the page's quarter with every filter the page shows
 * (search words and the chain filter included), grouped by area or by 分管市领导.
 */
export function HandoutExportButton({ view, isDepartmentUser }: { view: LedgerView; isDepartmentUser: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hrefOf = (groupBy: HandoutGrouping) =>
    handoutUrl({
      ...itemFiltersOf(view, isDepartmentUser),
      quarter: view.asOf,
      groupBy,
    });
  const items = GROUPINGS.map((groupBy) => ({
    key: groupBy,
    label: (
      <a href={hrefOf(groupBy)} download>
        {t(groupBy === 'area' ? 'ledgers.handoutByArea' : 'ledgers.handoutByLeader')}
      </a>
    ),
  }));
  const quarter = view.asOf ? format.period(view.asOf) : t('ledgers.currentQuarter');
  return (
    <Tooltip title={t('ledgers.handoutHint', { quarter })}>
      <span>
        <Dropdown menu={{ items }} trigger={['click']}>
          <Button icon={<FileExcelOutlined aria-hidden="true" />}>
            {t('ledgers.handout')} <DownOutlined aria-hidden="true" />
          </Button>
        </Dropdown>
      </span>
    </Tooltip>
  );
}
