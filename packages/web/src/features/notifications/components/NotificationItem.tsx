import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import type { Notification } from '@plantrack/contract/notifications/notifications.contract';

export interface NotificationItemProps {
  notification: Notification;
  onOpen: (notification: Notification) => void;
}

/** One notification as a button: unread ones marked (a dot, and words for screen readers); opening it follows its link. */
export function NotificationItem({ notification, onOpen }: NotificationItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <button
      type="button"
      className={notification.isRead ? 'notification-item' : 'notification-item notification-item--unread'}
      onClick={() => onOpen(notification)}
    >
      <span className="notification-item__dot" aria-hidden="true" />
      <span className="notification-item__text">
        <span className="notification-item__title">
          {!notification.isRead && <span className="visually-hidden">{t('notifications.unread')}</span>}
          {notification.title}
        </span>
        {notification.body && <span className="notification-item__body">{notification.body}</span>}
        <span className="notification-item__time">{format.dateTime(notification.createdAt)}</span>
      </span>
    </button>
  );
}
