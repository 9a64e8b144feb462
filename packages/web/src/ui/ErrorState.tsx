import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../shared/api/api-error';
import { errorText } from './error-text';
import { MessagePanel } from './MessagePanel';

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** The error is the whole page (its heading is then the page's h1). */
  isPage?: boolean;
}

/** A failed load, in words the user can act on, with a retry. "Not found" and "not yours" look the same. */
export function ErrorState({ error, onRetry, isPage = false }: ErrorStateProps) {
  const { t } = useTranslation();
  const isNotFound = error instanceof ApiError && error.status === 404;
  return (
    <MessagePanel
      tone={isNotFound ? 'not-found' : 'warning'}
      title={isNotFound ? t('errors.notFoundTitle') : t('errors.loadFailedTitle')}
      isAlert
      headingLevel={isPage ? 1 : 2}
      action={
        onRetry && !isNotFound ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    >
      {errorText(error, t)}
    </MessagePanel>
  );
}
