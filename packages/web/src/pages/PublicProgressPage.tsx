import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitch } from '../app/shell/LanguageSwitch';
import { fetchPublicProgress } from '../features/public/api/public.api';
import type { PublicProgress } from '@plantrack/contract/public/public-progress.contract';
import { useFormat } from '../i18n/useFormat';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageLoading } from '../ui/PageLoading';
import { SectionCard } from '../ui/SectionCard';
import { StatusTag } from '../ui/StatusTag';

type Schedule = PublicProgress['items'][number]['schedule'];

function Status({ schedule }: { schedule: Schedule }) {
  const format = useFormat();
  if (!schedule) return <span>—</span>;
  return (
    <StatusTag colour={schedule.colour} title={format.reason(schedule)}>
      {format.scheduleStatus(schedule.status)}
    </StatusTag>
  );
}

/** 政务公开: the progress of the items the office made public, for anyone, without signing in. */
export function PublicProgressPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t('public.title'));
  const query = useQuery({ queryKey: ['public', 'progress'], queryFn: ({ signal }) => fetchPublicProgress(signal) });
  const data = query.data;

  return (
    <div className="public-page">
      <header className="public-page__header">
        <div>
          <p className="public-page__eyebrow">{t('public.eyebrow')}</p>
          <h1 className="public-page__title">{data?.plan.title ?? t('public.title')}</h1>
          {data && <p className="public-page__meta">{t('public.asOf', { organisation: data.organisation.name, period: format.period(data.period) })}</p>}
        </div>
        <div className="public-page__tools">
          <LanguageSwitch />
          <Link to="/login">{t('public.signIn')}</Link>
        </div>
      </header>
      <main className="public-page__main">
        {query.isPending ? (
          <PageLoading />
        ) : query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} isPage />
        ) : data ? (
          <>
            <p>{t('public.description')}</p>
            {data.areas.map((area) => {
              const items = data.items.filter((item) => item.areaId === area.id);
              if (items.length === 0) return null;
              return (
                <SectionCard key={area.id} id={`public-area-${area.id}`} title={`${area.numeral}、${area.title}`} flush>
                  <Table
                    size="small"
                    rowKey="id"
                    pagination={false}
                    dataSource={items}
                    columns={[
                      { key: 'code', title: t('public.code'), width: 90, render: (_, item) => item.code },
                      {
                        key: 'title',
                        title: t('public.item'),
                        render: (_, item) => (
                          <>
                            <strong>{item.title}</strong>
                            {item.targets && <p className="public-page__targets">{item.targets}</p>}
                          </>
                        ),
                      },
                      { key: 'lead', title: t('public.leadDepartment'), width: 200, render: (_, item) => item.leadDepartment ?? '—' },
                      { key: 'deadline', title: t('public.deadline'), width: 140, render: (_, item) => item.deadlineText ?? '—' },
                      { key: 'status', title: t('public.status'), width: 140, render: (_, item) => <Status schedule={item.schedule} /> },
                    ]}
                  />
                </SectionCard>
              );
            })}
            {data.items.some((item) => item.areaId === null || !data.areas.some((area) => area.id === item.areaId)) && (
              <SectionCard id="public-other" title={t('public.otherItems')} flush>
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={data.items.filter((item) => item.areaId === null || !data.areas.some((area) => area.id === item.areaId))}
                  columns={[
                    { key: 'code', title: t('public.code'), width: 90, render: (_, item) => item.code },
                    { key: 'title', title: t('public.item'), render: (_, item) => item.title },
                    { key: 'lead', title: t('public.leadDepartment'), width: 200, render: (_, item) => item.leadDepartment ?? '—' },
                    { key: 'status', title: t('public.status'), width: 140, render: (_, item) => <Status schedule={item.schedule} /> },
                  ]}
                />
              </SectionCard>
            )}
            {data.indicators.length > 0 && (
              <SectionCard id="public-indicators" title={t('public.indicators')} flush>
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={data.indicators}
                  columns={[
                    { key: 'name', title: t('public.indicator'), render: (_, row) => row.name },
                    { key: 'unit', title: t('public.unit'), width: 90, render: (_, row) => row.unit ?? '—' },
                    {
                      key: 'baseline',
                      title: t('public.baseline'),
                      width: 140,
                      render: (_, row) => (row.baselineValue ? `${row.baselineValue}${row.baselineYear ? `（${row.baselineYear}）` : ''}` : '—'),
                    },
                    {
                      key: 'target',
                      title: t('public.target'),
                      width: 140,
                      render: (_, row) => (row.target ? `${row.target}${row.targetYear ? `（${row.targetYear}）` : ''}` : '—'),
                    },
                    { key: 'status', title: t('public.status'), width: 140, render: (_, row) => <Status schedule={row.schedule} /> },
                  ]}
                />
              </SectionCard>
            )}
            {data.items.length === 0 && <p>{t('public.empty')}</p>}
          </>
        ) : null}
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </div>
  );
}
