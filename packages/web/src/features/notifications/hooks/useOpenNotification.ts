import { useNavigate } from 'react-router-dom';
import { safeNext } from '../../../shared/safe-next';
import type { Notification } from '@plantrack/contract/notifications/notifications.contract';
import { useMarkNotificationRead } from './useMarkNotificationsRead';

/** Opening a notification marks it read and follows its link (only a path inside the app). */
export function useOpenNotification() {
  const markRead = useMarkNotificationRead();
  const navigate = useNavigate();
  const open = (notification: Notification) => {
    if (!notification.isRead) markRead.mutate(notification.id);
    const link = safeNext(notification.link);
    if (link) navigate(link);
  };
  return { open, error: markRead.error };
}
