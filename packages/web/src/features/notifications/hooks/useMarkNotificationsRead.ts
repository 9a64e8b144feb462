import { useMutation, useQueryClient } from '@tanstack/react-query';
import { markAllNotificationsRead, markNotificationRead, notificationKeys } from '../api/notifications.api';

function useInvalidateNotifications() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}

/** POST /api/notifications/:id/read */
export function useMarkNotificationRead() {
  const onSuccess = useInvalidateNotifications();
  return useMutation({ mutationFn: markNotificationRead, onSuccess });
}

/** POST /api/notifications/read-all */
export function useMarkAllNotificationsRead() {
  const onSuccess = useInvalidateNotifications();
  return useMutation({ mutationFn: markAllNotificationsRead, onSuccess });
}
