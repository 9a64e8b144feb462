import './notifications.css';
import { useEffect, useRef } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorText } from '../../../ui/error-text';
import type { Notification } from '@plantrack/contract/notifications/notifications.contract';
import { useMarkAllNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { useNotifications } from '../hooks/useNotifications';
import { useOpenNotification } from '../hooks/useOpenNotification';
import { NOTIFICATIONS_PATH } from '../notification-access';
import { NotificationItem } from './NotificationItem';

export interface NotificationListProps {
  /** Escape: the list closes and the focus goes back to the bell. */
  onClose: () => void;
  /** The list closes because the user goes elsewhere: a notification's page, or all notifications. */
  onLeave: () => void;
}

/** The latest notifications, unread first: each opens where it points; all can be marked read at once. */
export function NotificationList({ onClose, onLeave }: NotificationListProps) {
  const { t } = useTranslation();
  const list = useNotifications();
  const markAll = useMarkAllNotificationsRead();
  const notifications = useOpenNotification();
  const navigate = useNavigate();
  const open = (notification: Notification) => {
    notifications.open(notification);
    onLeave();
  };
  const panel = useRef<HTMLDivElement>(null);
  const unreadCount = list.data?.unreadCount ?? 0;

  // Keyboard users land in the list when it opens.
  useEffect(() => {
    panel.current?.focus();
  }, []);

  return (
    <div
      ref={panel}
      className="notification-list"
      role="dialog"
      aria-label={t('notifications.title')}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="notification-list__head">
        <h2 className="notification-list__title">{t('notifications.title')}</h2>
        <Button size="small" type="link" disabled={unreadCount === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      </div>
      {list.isPending ? (
        <p className="notification-list__empty">{t('common.loading')}</p>
      ) : list.error ? (
        <p className="notification-list__empty" role="alert">
          {errorText(list.error, t)}{' '}
          <Button size="small" type="link" onClick={() => void list.refetch()}>
            {t('common.retry')}
          </Button>
        </p>
      ) : list.data.notifications.length === 0 ? (
        <p className="notification-list__empty">{t('notifications.empty')}</p>
      ) : (
        <ul className="notification-list__items" aria-label={t('notifications.listLabel', { count: unreadCount })}>
          {list.data.notifications.map((notification) => (
            <li key={notification.id}>
              <NotificationItem notification={notification} onOpen={open} />
            </li>
          ))}
        </ul>
      )}
      <div className="notification-list__foot">
        <Button
          size="small"
          type="link"
          onClick={() => {
            onLeave();
            navigate(NOTIFICATIONS_PATH);
          }}
        >
          {t('notifications.showAll')}
        </Button>
      </div>
      {(markAll.error ?? notifications.error) && (
        <p className="notification-list__empty" role="alert">
          {errorText((markAll.error ?? notifications.error)!, t)}
        </p>
      )}
    </div>
  );
}
