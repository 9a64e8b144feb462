import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** While a page's code or data arrives; announced to screen readers. */
export function PageLoading({ fullScreen = false }: { fullScreen?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={fullScreen ? 'page-loading page-loading--full' : 'page-loading'} role="status" aria-live="polite">
      <Spin />
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  );
}
