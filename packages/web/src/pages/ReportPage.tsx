import { Col, Descriptions, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { EvidenceLinks } from '../features/reporting/components/EvidenceList';
import { ReportActions } from '../features/reporting/components/ReportActions';
import { ReportHistory } from '../features/reporting/components/ReportHistory';
import { ReportStateTag } from '../features/reporting/components/ReportStateTag';
import { ReviewCommentAlert } from '../features/reporting/components/ReviewCommentAlert';
import { useReport } from '../features/reporting/hooks/useReport';
import { ReportReviewActions } from '../features/review/components/ReportReviewActions';
import { useFormat } from '../i18n/useFormat';
import { ApiError } from '../shared/api/api-error';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { SectionCard } from '../ui/SectionCard';

/**
 * One progress report, where a notification leads: the office's comment first, then what was
 * reported, the evidence, the submission and review record, every version, and what the caller may do.
 * A report outside the caller's scope is a 404 from the server, shown as "not found".
 */
export function ReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const raw = Number(useParams().id);
  const id = Number.isInteger(raw) && raw > 0 ? raw : 0;
  const report = useReport(id, { enabled: id > 0 });
  useDocumentTitle(report.data ? t('report.formTitle', { period: format.period(report.data.period) }) : t('report.formLabel'));

  // A malformed id in the address is as absent as another department's report.
  if (id === 0) return <ErrorState error={new ApiError(404, 'NOT_FOUND', t('errors.pageNotFound'))} isPage />;
  if (report.isPending) return <PageLoading />;
  if (report.error) return <ErrorState error={report.error} onRetry={() => void report.refetch()} isPage />;
  const data = report.data;
  const reload = () => void report.refetch();

  return (
    <>
      <PageHeader
        crumbs={[{ title: data.item.code, to: `/items/${data.item.id}` }, { title: format.period(data.period) }]}
        title={t('report.formTitle', { period: format.period(data.period) })}
        description={
          <Link to={`/items/${data.item.id}`}>
            <span className="item-code">{data.item.code}</span>
            {data.item.title}
          </Link>
        }
        tags={
          <Space size={8} wrap>
            <ReportStateTag state={data.state} />
            <span className="section-hint">{t('report.deadlineLine', { date: format.date(data.deadline) })}</span>
            {data.isLate && <span className="owed-list__deadline--overdue">{t('report.late')}</span>}
          </Space>
        }
        actions={
          <>
            <ReportActions report={data} onReload={reload} />
            <ReportReviewActions report={data} onReload={reload} />
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <ReviewCommentAlert report={data} />
            <SectionCard id="report" title={t('report.details')}>
              <dl className="item-report__fields">
                <dt>{t('report.progressState')}</dt>
                <dd>{data.progressState ? t(`progressStates.${data.progressState}`) : t('common.notGiven')}</dd>
                <dt>{t('report.completionPercent')}</dt>
                <dd>{format.percent(data.completionPercent)}</dd>
                <dt>{t('report.progress')}</dt>
                <dd>{data.progress ?? t('common.notGiven')}</dd>
                <dt>{t('report.problems')}</dt>
                <dd>{data.problems ?? t('common.notGiven')}</dd>
                <dt>{t('report.nextSteps')}</dt>
                <dd>{data.nextSteps ?? t('common.notGiven')}</dd>
                {data.pilotStage && (
                  <>
                    <dt>{t('report.pilotStage')}</dt>
                    <dd>
                      {t(`pilot.stages.${data.pilotStage}`)}
                      {data.pilotStageDate ? ` · ${format.date(data.pilotStageDate)}` : ''}
                    </dd>
                  </>
                )}
              </dl>
            </SectionCard>
            <SectionCard id="evidence" title={t('evidence.title')}>
              <EvidenceLinks evidence={data.evidence} />
            </SectionCard>
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <SectionCard id="record" title={t('report.record')}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  {
                    key: 'item',
                    label: t('report.item'),
                    children: <Link to={`/items/${data.item.id}`}>{`${data.item.code} ${data.item.title}`}</Link>,
                  },
                  { key: 'department', label: t('report.leadDepartment'), children: data.item.leadDepartment ?? '—' },
                  { key: 'period', label: t('report.period'), children: format.period(data.period) },
                  { key: 'state', label: t('report.state'), children: <ReportStateTag state={data.state} /> },
                  {
                    key: 'submittedAt',
                    label: t('report.submittedAt'),
                    children: data.submittedAt ? format.dateTime(data.submittedAt) : t('report.notSubmitted'),
                  },
                  { key: 'reviewedAt', label: t('report.reviewedAt'), children: data.reviewedAt ? format.dateTime(data.reviewedAt) : t('report.notReviewed') },
                  ...(data.qualityRating
                    ? [{ key: 'quality', label: t('report.qualityRating'), children: t('report.qualityStars', { count: data.qualityRating }) }]
                    : []),
                ]}
              />
            </SectionCard>
            <SectionCard id="history" title={t('report.history')}>
              <ReportHistory versions={data.versions} />
            </SectionCard>
          </Space>
        </Col>
      </Row>
    </>
  );
}
