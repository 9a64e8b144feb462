import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { LedgerKind } from '@plantrack/contract/enums';
import type { LedgerChoice } from '../hooks/useLedgerView';
import type { useFormat } from '../../../i18n/useFormat';
import { ScheduleStatus } from '../../items/components/ScheduleStatus';
import { ChainGapTag } from '../../items/components/ChainGapTag';
import type { Item } from '@plantrack/contract/items/items.contract';

export interface LedgerColumn {
  key: string;
  title: string;
  width: number;
  render: (item: Item) => React.ReactNode;
  isDefault: boolean;
  /** Always shown: a ledger row without its task means nothing. */
  isFixed?: boolean;
}

type Format = ReturnType<typeof useFormat>;

function LongText({ text }: { text: string | null | undefined }) {
  return text ? <div className="ledger-cell__text">{text}</div> : <span className="ledger-cell__empty">—</span>;
}

/**
 * The columns of each ledger, in the order and with the names of the Excel ledgers offices keep
 * (序号、重点任务、工作措施、目标任务、牵头市领导、责任单位、配合单位、完成时限), plus what each ledger adds.
 */
export function ledgerColumns(kind: LedgerChoice, t: TFunction, format: Format): LedgerColumn[] {
  const taskTitle = t(`ledgerColumns.title.${kind}`);
  const columns: (LedgerColumn & { ledgers?: LedgerKind[] })[] = [
    {
      key: 'title',
      title: taskTitle,
      width: 280,
      isDefault: true,
      isFixed: true,
      render: (item) => (
        <div className="ledger-cell__title">
          <Link to={`/items/${item.id}`}>{item.title}</Link>
          <ChainGapTag responsibility={item.responsibility} />
        </div>
      ),
    },
    {
      key: 'status',
      title: t('ledgerColumns.status'),
      width: 120,
      isDefault: true,
      render: (item) => <ScheduleStatus schedule={item.schedule} isCompact />,
    },
    {
      key: 'area',
      title: t('ledgerColumns.area'),
      width: 200,
      isDefault: false,
      render: (item) => (item.area ? <LongText text={`${item.area.numeral ?? item.area.code}、${item.area.title}`} /> : <LongText text={null} />),
    },
    {
      key: 'sourceClause',
      title: t('ledgerColumns.sourceClause'),
      width: 240,
      isDefault: false,
      ledgers: ['master'],
      render: (item) => <LongText text={item.sourceClause} />,
    },
    {
      key: 'provinceText',
      title: t('ledgerColumns.provinceText'),
      width: 300,
      isDefault: true,
      ledgers: ['province_key_tasks'],
      render: (item) => <LongText text={item.provinceText} />,
    },
    {
      key: 'yearKeyWork',
      title: t('ledgerColumns.yearKeyWork'),
      width: 280,
      isDefault: true,
      ledgers: ['master'],
      render: (item) => <LongText text={item.yearKeyWork} />,
    },
    {
      key: 'pilotLevel',
      title: t('ledgerColumns.pilotLevel'),
      width: 110,
      isDefault: true,
      ledgers: ['pilots'],
      render: (item) => (item.pilot?.level ? t(`pilot.levels.${item.pilot.level}`) : <LongText text={null} />),
    },
    {
      key: 'pilotStage',
      title: t('ledgerColumns.pilotStage'),
      width: 130,
      isDefault: true,
      ledgers: ['pilots'],
      render: (item) =>
        item.pilot?.stage ? (
          <div>
            {t(`pilot.stages.${item.pilot.stage}`)}
            {item.pilot.stageDate && <div className="ledger-cell__sub">{format.date(item.pilot.stageDate)}</div>}
          </div>
        ) : (
          <LongText text={null} />
        ),
    },
    {
      key: 'citySource',
      title: t('ledgerColumns.citySource'),
      width: 200,
      isDefault: true,
      ledgers: ['innovations'],
      render: (item) => <LongText text={item.citySource} />,
    },
    { key: 'measures', title: t('ledgerColumns.measures'), width: 340, isDefault: true, render: (item) => <LongText text={item.measures} /> },
    { key: 'targets', title: t('ledgerColumns.targets'), width: 300, isDefault: true, render: (item) => <LongText text={item.targets} /> },
    {
      key: 'leader',
      title: t('ledgerColumns.leader'),
      width: 120,
      isDefault: true,
      render: (item) => {
        const leader = item.responsibility.leader;
        return leader ? (
          <div>
            {leader.name}
            {leader.title && <div className="ledger-cell__sub">{leader.title}</div>}
          </div>
        ) : (
          <span className="ledger-cell__gap">{t('chain.notSet')}</span>
        );
      },
    },
    {
      key: 'leadDepartment',
      title: t('ledgerColumns.leadDepartment'),
      width: 140,
      isDefault: true,
      render: (item) => {
        const department = item.responsibility.leadDepartment;
        return department ? (department.shortName ?? department.name) : <span className="ledger-cell__gap">{t('chain.notSet')}</span>;
      },
    },
    {
      key: 'coDepartments',
      title: t('ledgerColumns.coDepartments'),
      width: 180,
      isDefault: true,
      render: (item) => <LongText text={item.responsibility.coDepartments.map((d) => d.shortName ?? d.name).join(t('common.enumerationComma')) || null} />,
    },
    {
      key: 'deadline',
      title: t('ledgerColumns.deadline'),
      width: 130,
      isDefault: true,
      render: (item) => (item.deadline ? format.date(item.deadline) : <LongText text={item.deadlineText} />),
    },
    { key: 'remarks', title: t('ledgerColumns.remarks'), width: 200, isDefault: false, render: (item) => <LongText text={item.remarks} /> },
    { key: 'updatedAt', title: t('ledgerColumns.updatedAt'), width: 170, isDefault: false, render: (item) => format.dateTime(item.updatedAt) },
  ];
  // Every item at once: the columns all ledgers share.
  return columns.filter((column) => !column.ledgers || (kind !== 'all' && column.ledgers.includes(kind)));
}
