import { useMemo } from 'react';
import { Col, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { IndicatorAssessmentList } from '../features/indicators/components/IndicatorAssessmentList';
import { IndicatorChart } from '../features/indicators/components/IndicatorChart';
import { IndicatorFacts } from '../features/indicators/components/IndicatorFacts';
import { IndicatorValuesTable } from '../features/indicators/components/IndicatorValuesTable';
import { useIndicator } from '../features/indicators/hooks/useIndicator';
import { analyseIndicator } from '../features/indicators/model/assess-indicator';
import { useRules } from '../features/settings/hooks/useRules';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { Chip } from '../ui/Chip';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { SectionCard } from '../ui/SectionCard';

/** One key indicator: its trend against the targets, the assessment with its reason, ranks and values. */
export function IndicatorPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const indicator = useIndicator(id);
  const { data: rules } = useRules();
  useDocumentTitle(indicator.data?.name ?? t('nav.indicators'));
  const analysis = useMemo(() => (indicator.data ? analyseIndicator(indicator.data, rules?.indicator) : null), [indicator.data, rules]);

  if (indicator.isPending) return <PageLoading />;
  if (indicator.error) return <ErrorState error={indicator.error} onRetry={() => void indicator.refetch()} isPage />;
  const data = indicator.data;
  if (!analysis) return null;

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('nav.indicators'), to: '/indicators' }, { title: data.code }]}
        title={
          <>
            <span className="item-code">{data.code}</span>
            {data.name}
          </>
        }
        tags={
          <Space size={[6, 6]} wrap>
            {data.area && <Chip>{`${data.area.numeral ?? data.area.code}、${data.area.title}`}</Chip>}
            {data.unit && <Chip>{t('indicator.unit', { unit: data.unit })}</Chip>}
            <Chip>{t(`indicator.direction.${data.direction}`)}</Chip>
            {data.leadDepartment?.shortName && <Chip>{t('indicator.leadDepartment', { department: data.leadDepartment.shortName })}</Chip>}
            {data.isSample && <Chip tone="gold">{t('sample.label')}</Chip>}
            {data.retiredAt && <Chip tone="gold">{t('indicatorAdmin.retiredTag')}</Chip>}
          </Space>
        }
        actions={<Link to={`/items/${data.itemId}`}>{t('indicator.openItem')}</Link>}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <IndicatorFacts indicator={data} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <SectionCard id="trend" title={t('indicator.chart.title')}>
              <IndicatorChart indicator={data} analysis={analysis} />
              <p className="chart-note">{t('indicator.chart.note')}</p>
            </SectionCard>
          </Col>
          <Col xs={24} xl={8}>
            <SectionCard id="assessment" title={t('indicator.assessment')}>
              <IndicatorAssessmentList indicator={data} analysis={analysis} />
            </SectionCard>
          </Col>
        </Row>
        <SectionCard id="values" title={t('indicator.values')} flush>
          <IndicatorValuesTable indicator={data} />
        </SectionCard>
      </Space>
    </>
  );
}
