import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { MessagePanel } from '../ui/MessagePanel';

export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <MessagePanel
      tone="not-found"
      headingLevel={1}
      title={t('errors.notFoundTitle')}
      action={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('common.backHome')}
        </Button>
      }
    >
      {t('errors.pageNotFound')}
    </MessagePanel>
  );
}
