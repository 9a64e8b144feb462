import { Grid, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { RoadmapQuarterView } from '../features/roadmap/components/RoadmapQuarterView';
import { RoadmapTable } from '../features/roadmap/components/RoadmapTable';
import { useRoadmap } from '../features/roadmap/hooks/useRoadmap';
import { useFormat } from '../i18n/useFormat';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';

/** 施工路线图: the plan's areas × one year's quarters, milestones and their computed status. */
export function RoadmapPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked > 0 ? asked : undefined;
  const roadmap = useRoadmap(year);
  const screens = Grid.useBreakpoint();
  const isWide = screens.lg ?? true;
  useDocumentTitle(t('nav.roadmap'));

  return (
    <>
      <PageHeader
        title={t('nav.roadmap')}
        description={t('roadmap.description')}
        actions={
          roadmap.data && (
            <Segmented<number>
              aria-label={t('roadmap.year')}
              value={roadmap.data.year}
              onChange={(chosen) => setParams({ year: String(chosen) })}
              options={roadmap.data.years.map((value) => ({ value, label: format.year(value) }))}
            />
          )
        }
      />
      {roadmap.isPending ? (
        <PageLoading />
      ) : roadmap.error ? (
        <ErrorState error={roadmap.error} onRetry={() => void roadmap.refetch()} />
      ) : (
        <>
          <p className="roadmap-legend">{t('roadmap.legend')}</p>
          {roadmap.data.areas.length === 0 ? (
            <p className="roadmap__muted">{t('roadmap.noAreas')}</p>
          ) : isWide ? (
            <RoadmapTable roadmap={roadmap.data} />
          ) : (
            <RoadmapQuarterView roadmap={roadmap.data} />
          )}
        </>
      )}
    </>
  );
}
