import '../features/notifications/components/notifications.css';
import { useState } from 'react';
import { Button, Pagination, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LIST_SIZE } from '../features/notifications/api/notifications.api';
import type { Notification } from '../features/notifications/api/notifications.api';
import { NotificationItem } from '../features/notifications/components/NotificationItem';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from '../features/notifications/hooks/useMarkNotificationsRead';
import { useNotificationPage } from '../features/notifications/hooks/useNotifications';
import { safeNext } from '../shared/safe-next';
import { useDocumentTitle } from '../shared/hooks/useDocumentTitle';
import { ErrorState } from '../ui/ErrorState';
import { PageHeader } from '../ui/PageHeader';
import { PageLoading } from '../ui/PageLoading';
import { SectionCard } from '../ui/SectionCard';
import { errorText } from '../ui/error-text';

type Shown = 'all' | 'unread';

/** 通知: every notification the user has had (the bell shows only the latest), unread first, a page at a time. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [shown, setShown] = useState<Shown>('all');
  const [page, setPage] = useState(1);
  const list = useNotificationPage(shown === 'unread', page);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  useDocumentTitle(t('notifications.title'));
  const unreadCount = list.data?.unreadCount ?? 0;

  const open = (notification: Notification) => {
    if (!notification.isRead) markRead.mutate(notification.id);
    const link = safeNext(notification.link);
    if (link) navigate(link);
  };
  const show = (next: Shown) => {
    setShown(next);
    setPage(1);
  };

  return (
    <>
      <PageHeader title={t('notifications.title')} description={t('notifications.pageIntro')} />
      <SectionCard
        id="notifications"
        title={t('notifications.listLabel', { count: unreadCount })}
        extra={
          <>
            <Segmented<Shown>
              value={shown}
              onChange={show}
              options={[
                { value: 'all', label: t('notifications.showAllKinds') },
                { value: 'unread', label: t('notifications.showUnread') },
              ]}
            />
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
                <NotificationItem notification={notification} onOpen={open} />
              </li>
            ))}
          </ul>
        )}
        {(markAll.error ?? markRead.error) && (
          <p className="notification-list__empty" role="alert">
            {errorText((markAll.error ?? markRead.error)!, t)}
          </p>
        )}
        {list.data && list.data.total > LIST_SIZE && (
          <Pagination
            className="notification-page__pages"
            current={page}
            pageSize={LIST_SIZE}
            total={list.data.total}
            showSizeChanger={false}
            onChange={setPage}
          />
        )}
      </SectionCard>
    </>
  );
}
