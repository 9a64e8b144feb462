import { useQuery } from '@tanstack/react-query';
import { fetchNotifications, notificationKeys } from '../api/notifications.api';

/** GET /api/notifications — the latest, unread first; fetched when the list is opened. */
export function useNotifications() {
  return useQuery({ queryKey: notificationKeys.list, queryFn: ({ signal }) => fetchNotifications(signal), staleTime: 0 });
}
