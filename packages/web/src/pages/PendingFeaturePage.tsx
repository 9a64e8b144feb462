import { useTranslation } from 'react-i18next';
import type { NavKey } from '../app/navigation';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { MessagePanel } from '../ui/MessagePanel';
import { PageHeader } from '../ui/PageHeader';

/** A menu entry whose page is being built: says what it will do, so the menu is never a dead end. */
export function PendingFeaturePage({ feature }: { feature: NavKey }) {
  const { t } = useTranslation();
  const title = t(`nav.${feature}`);
  useDocumentTitle(title);
  return (
    <>
      <PageHeader title={title} description={t(`pending.${feature}`)} />
      <MessagePanel tone="info" title={t('pending.title')}>
        {t('pending.body')}
      </MessagePanel>
    </>
  );
}
