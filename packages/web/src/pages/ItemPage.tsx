import { useMemo, useState } from 'react';
import { EditOutlined } from '@ant-design/icons';
import { Button, Col, Descriptions, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ItemHistory } from '../features/audit/components/ItemHistory';
import { isDepartmentRole } from '../features/auth/roles';
import { useSignedInUser } from '../features/auth/hooks/useSignedInUser';
import type { QuarterlyPlan } from '@plantrack/contract/items/quarterly-plans.contract';
import { ItemContent } from '../features/items/components/ItemContent';
import { ItemEditDrawer } from '../features/items/components/ItemEditDrawer';
import { QuarterlyPlanEditor } from '../features/items/components/QuarterlyPlanEditor';
import { QuarterlyPlanTable } from '../features/items/components/QuarterlyPlanTable';
import { ScheduleStatus } from '../features/items/components/ScheduleStatus';
import { ResponsibilityChain } from '../features/items/components/ResponsibilityChain';
import { useItem } from '../features/items/hooks/useItem';
import { useQuarterlyPlans } from '../features/items/hooks/useQuarterlyPlans';
import type { ReportedQuarter } from '../features/items/components/QuarterlyPlanTable';
import { ItemReports } from '../features/reporting/components/ItemReports';
import { ItemSupervision } from '../features/supervision/components/ItemSupervision';
import { useReports } from '../features/reporting/hooks/useReports';
import { useFormat } from '../i18n/useFormat';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { useScrollToHash } from '../shared/hooks/useScrollToHash';
import { Chip } from '../ui/Chip';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { SectionCard } from '../ui/SectionCard';

/** One ledger item: the task, who answers for it, and its quarterly plan beside what was reported. */
export function ItemPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useSignedInUser();
  const id = Number(useParams().id);
  const item = useItem(id);
  const plans = useQuarterlyPlans(id);
  // Only approved reports count (PRODUCT.md), so only they stand beside the plan.
  const approved = useReports({ item: id, state: 'approved', pageSize: 50 });
  const reported = useMemo(() => {
    const byPeriod: Record<string, ReportedQuarter> = {};
    for (const report of approved.data?.reports ?? []) byPeriod[report.period] = { completionPercent: report.completionPercent, summary: report.progress };
    return byPeriod;
  }, [approved.data]);
  const [editingPlan, setEditingPlan] = useState<QuarterlyPlan | null>(null);
  const [isEditingItem, setEditingItem] = useState(false);
  useDocumentTitle(item.data ? `${item.data.code} ${item.data.title}` : t('item.title'));
  useScrollToHash(item.data !== undefined);

  if (item.isPending) return <PageLoading />;
  if (item.error) return <ErrorState error={item.error} onRetry={() => void item.refetch()} isPage />;
  const data = item.data;
  const ledgersTitle = isDepartmentRole(user.role) ? t('nav.myItems') : t('nav.ledgers');
  const primaryLedger = data.ledgers[0];

  return (
    <>
      <PageHeader
        crumbs={[
          { title: ledgersTitle, to: '/ledgers' },
          ...(primaryLedger
            ? [{ title: t(`ledgerKinds.${primaryLedger}.short`), to: primaryLedger === 'master' ? '/ledgers' : `/ledgers?ledger=${primaryLedger}` }]
            : []),
          { title: data.code },
        ]}
        title={
          <>
            <span className="item-code">{data.code}</span>
            {data.title}
          </>
        }
        tags={
          <Space size={[6, 6]} wrap>
            {data.ledgers.map((kind) => (
              <Chip key={kind} tone="blue">
                {t(`ledgerKinds.${kind}.short`)}
              </Chip>
            ))}
            {data.area && <Chip>{`${data.area.numeral ?? data.area.code}、${data.area.title}`}</Chip>}
            {data.isSample && <Chip tone="gold">{t('sample.label')}</Chip>}
            {data.isPublic && <Chip tone="green">{t('item.public')}</Chip>}
          </Space>
        }
        actions={
          data.policies.canEdit && (
            <Button type="primary" icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditingItem(true)}>
              {t('item.edit')}
            </Button>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <SectionCard id="schedule" title={t('schedule.title')}>
              <ScheduleStatus schedule={data.schedule} />
            </SectionCard>
            <SectionCard id="item-content" title={t('item.content')}>
              <ItemContent item={data} />
            </SectionCard>
            <SectionCard
              id="quarterly-plan"
              title={t('quarterlyPlan.title')}
              extra={data.policies.canEditPlans ? <span className="section-hint">{t('quarterlyPlan.editHint')}</span> : undefined}
              flush
            >
              {plans.error ? (
                <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
              ) : (
                <QuarterlyPlanTable
                  plans={plans.data ?? []}
                  reported={reported}
                  canEdit={data.policies.canEditPlans}
                  onEdit={setEditingPlan}
                  isLoading={plans.isPending}
                />
              )}
            </SectionCard>
            <SectionCard id="reports" title={t('report.itemReports')}>
              <ItemReports itemId={id} />
            </SectionCard>
            <ItemSupervision item={data} />
            <ItemHistory itemId={id} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <SectionCard id="chain" title={t('chain.title')}>
              <ResponsibilityChain responsibility={data.responsibility} />
            </SectionCard>
            <SectionCard id="record" title={t('item.record')}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'updatedAt', label: t('ledgerColumns.updatedAt'), children: format.dateTime(data.updatedAt) },
                  { key: 'version', label: t('item.version'), children: data.version },
                  { key: 'public', label: t('item.isPublic'), children: data.isPublic ? t('common.yes') : t('common.no') },
                ]}
              />
            </SectionCard>
          </Space>
        </Col>
      </Row>
      <QuarterlyPlanEditor itemId={id} plan={editingPlan} onClose={() => setEditingPlan(null)} onReload={() => void plans.refetch()} />
      {data.policies.canEdit && (
        <ItemEditDrawer item={data} isOpen={isEditingItem} onClose={() => setEditingItem(false)} onReload={() => void item.refetch()} />
      )}
    </>
  );
}
