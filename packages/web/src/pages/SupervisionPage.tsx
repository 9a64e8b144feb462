import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import '../features/supervision/supervision.css';
import { ExtensionQueue } from '../features/supervision/components/ExtensionQueue';
import { SupervisionOrderList } from '../features/supervision/components/SupervisionOrderList';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { PageHeader } from '../ui/PageHeader';
import { SectionCard } from '../ui/SectionCard';

const TABS = ['orders', 'extensions'] as const;
type Tab = (typeof TABS)[number];

/** 督查督办: the office's supervision orders (filter, open, return, close) and the queue of extension requests. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const tab: Tab = TABS.find((candidate) => candidate === requested) ?? 'orders';
  useDocumentTitle(t('nav.supervision'));
  return (
    <>
      <PageHeader title={t('nav.supervision')} description={t('supervision.page.description')} />
      <SectionCard id="supervision" title={t(`supervision.tabs.${tab}`)} flush>
        <Tabs
          className="supervision-tabs"
          activeKey={tab}
          onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
          items={[
            { key: 'orders', label: t('supervision.tabs.orders'), children: <SupervisionOrderList /> },
            { key: 'extensions', label: t('supervision.tabs.extensions'), children: <ExtensionQueue /> },
          ]}
        />
      </SectionCard>
    </>
  );
}
