import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Someone saved the same record first: nothing was changed, the user reloads and edits again. */
export function StaleVersionAlert({ message, onReload }: { message: string; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={message}
      description={t('errors.staleHint')}
      action={
        <Button size="small" type="primary" onClick={onReload}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
