import '../features/notifications/components/notifications.css';
import { useState } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIST_SIZE } from '../features/notifications/api/notifications.api';
import { NotificationItem } from '../features/notifications/components/NotificationItem';
import { useMarkAllNotificationsRead } from '../features/notifications/hooks/useMarkNotificationsRead';
import { useNotificationPage } from '../features/notifications/hooks/useNotifications';
import { useOpenNotification } from '../features/notifications/hooks/useOpenNotification';
import { PLAN_READERS } from '../app/navigation';
import { useSignedInUser } from '../features/auth/hooks/useSignedInUser';
import { OpenInstructions } from '../features/supervision/components/OpenInstructions';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { SectionCard } from '../ui/SectionCard';
import { errorText } from '../ui/error-text';

type Shown = 'all' | 'unread';

/**
 * 通知: every notification the user has had (the bell shows only the latest), unread first, a page at a
 * time; above them, the leaders' instructions (批示) still waiting for the user's department or for the leader.
 */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown>('all');
  const [page, setPage] = useState(1);
  const list = useNotificationPage(shown === 'unread', page);
  const notifications = useOpenNotification();
  const markAll = useMarkAllNotificationsRead();
  const user = useSignedInUser();
  useDocumentTitle(t('notifications.title'));
  const unreadCount = list.data?.unreadCount ?? 0;

  const pageCount = Math.max(1, Math.ceil((list.data?.total ?? 0) / LIST_SIZE));
  const show = (next: Shown) => {
    setShown(next);
    setPage(1);
  };

  return (
    <>
      <PageHeader title={t('notifications.title')} description={t('notifications.pageIntro')} />
      <OpenInstructions enabled={PLAN_READERS.includes(user.role)} />
      <SectionCard
        id="notifications"
        title={t('notifications.listLabel', { count: unreadCount })}
        extra={
          <>
            {/* Two toggle buttons: antd's Segmented, shared with the header's language switch, would split the home page's chunk. */}
            {(['all', 'unread'] as const).map((value) => (
              <Button key={value} type={shown === value ? 'primary' : 'default'} aria-pressed={shown === value} onClick={() => show(value)}>
                {value === 'all' ? t('notifications.showAllKinds') : t('notifications.showUnread')}
              </Button>
            ))}
            <Button type="link" disabled={unreadCount === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
              {t('notifications.markAllRead')}
            </Button>
          </>
        }
      >
        {list.isPending ? (
          <PageLoading />
        ) : list.error ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.notifications.length === 0 ? (
          <p className="notification-list__empty">{shown === 'unread' ? t('notifications.noneUnread') : t('notifications.empty')}</p>
        ) : (
          <ul className="notification-page__items" aria-label={t('notifications.title')}>
            {list.data.notifications.map((notification) => (
              <li key={notification.id}>
                <NotificationItem notification={notification} onOpen={notifications.open} />
              </li>
            ))}
          </ul>
        )}
        {(markAll.error ?? notifications.error) && (
          <p className="notification-list__empty" role="alert">
            {errorText((markAll.error ?? notifications.error)!, t)}
          </p>
        )}
        {/* Two buttons, not antd's Pagination: it would split a chunk the home page loads. */}
        {pageCount > 1 && (
          <nav className="notification-page__pages" aria-label={t('notifications.pages')}>
            <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t('notifications.previousPage')}
            </Button>
            <span>{t('notifications.pageOf', { page, count: pageCount })}</span>
            <Button disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
              {t('notifications.nextPage')}
            </Button>
          </nav>
        )}
      </SectionCard>
    </>
  );
}
