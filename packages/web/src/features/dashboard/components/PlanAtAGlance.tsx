import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { SectionCard } from '../../../ui/SectionCard';
import type { DashboardSummary } from '@plantrack/contract/dashboard/dashboard.contract';
import { DepartmentRanking } from './DepartmentRanking';
import { StatusBreakdown } from './StatusBreakdown';
import { StatusTotals } from './StatusTotals';
import { WarningList } from './WarningList';

/**
 * A quarter at a glance, from the dashboard API: statuses, red/yellow/green by group, warnings and
 * the department ranking. The office's home and a leader's portfolio show the same block.
 */
export function PlanAtAGlance({ summary, aside }: { summary: DashboardSummary; aside?: React.ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cycleNote = summary.cycle
    ? summary.cycle.status === 'open'
      ? t('dashboard.cycleOpen', { date: format.date(summary.cycle.deadline) })
      : t('dashboard.cycleClosed')
    : null;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24}>
        <SectionCard
          id="status"
          title={t('dashboard.statusTitle')}
          extra={
            <span className="section-hint">
              {t('dashboard.asOfNote', { period: format.period(summary.asOf) })}
              {cycleNote && ` ${cycleNote}`}
            </span>
          }
        >
          <StatusTotals totals={summary.totals} asOf={summary.asOf} filter={summary.filter} />
        </SectionCard>
      </Col>
      <Col xs={24}>
        <SectionCard id="breakdown" title={t('dashboard.breakdownTitle')}>
          <StatusBreakdown summary={summary} />
        </SectionCard>
      </Col>
      <Col xs={24} xl={10}>
        <SectionCard id="warnings" title={t('dashboard.warningsTitle')}>
          <WarningList summary={summary} />
        </SectionCard>
      </Col>
      <Col xs={24} xl={14}>
        <SectionCard id="ranking" title={t('dashboard.rankingTitle')} flush>
          <DepartmentRanking ranking={summary.ranking} asOf={summary.asOf} filter={summary.filter} />
        </SectionCard>
      </Col>
      {aside}
    </Row>
  );
}
