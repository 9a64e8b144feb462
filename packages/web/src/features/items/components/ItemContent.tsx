import { Descriptions } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { Item } from '@plantrack/contract/items/items.contract';

/** The task itself, in the ledger's words: measures, targets, deadline and what each ledger adds. */
export function ItemContent({ item }: { item: Item }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = (value: string | null) =>
    value ? <div className="preserve-lines">{value}</div> : <span className="ledger-cell__empty">{t('common.notGiven')}</span>;
  const deadline = item.deadline ? format.date(item.deadline) : item.deadlineText;

  const rows: DescriptionsProps['items'] = [
    { key: 'measures', label: t('ledgerColumns.measures'), children: text(item.measures) },
    { key: 'targets', label: t('ledgerColumns.targets'), children: text(item.targets) },
    ...(item.yearKeyWork || item.ledgers.includes('master')
      ? [{ key: 'yearKeyWork', label: t('ledgerColumns.yearKeyWork'), children: text(item.yearKeyWork) }]
      : []),
    { key: 'deadline', label: t('ledgerColumns.deadline'), children: text(deadline) },
    ...(item.sourceClause ? [{ key: 'sourceClause', label: t('ledgerColumns.sourceClause'), children: text(item.sourceClause) }] : []),
    ...(item.provinceText || item.ledgers.includes('province_key_tasks')
      ? [{ key: 'provinceText', label: t('ledgerColumns.provinceText'), children: text(item.provinceText) }]
      : []),
    ...(item.citySource || item.ledgers.includes('innovations')
      ? [{ key: 'citySource', label: t('ledgerColumns.citySource'), children: text(item.citySource) }]
      : []),
    ...(item.pilot
      ? [
          {
            key: 'pilot',
            label: t('item.pilot'),
            children: [
              item.pilot.level ? t(`pilot.levels.${item.pilot.level}`) : null,
              item.pilot.stage ? t(`pilot.stages.${item.pilot.stage}`) : null,
              item.pilot.stageDate ? format.date(item.pilot.stageDate) : null,
            ]
              .filter(Boolean)
              .join(' · '),
          },
        ]
      : []),
    ...(item.remarks ? [{ key: 'remarks', label: t('ledgerColumns.remarks'), children: text(item.remarks) }] : []),
  ];

  return <Descriptions column={1} bordered size="middle" items={rows} className="item-content" styles={{ label: { width: 150 } }} />;
}
