import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchNotificationPage, fetchNotifications, notificationKeys } from '../api/notifications.api';

/** GET /api/notifications — the latest, unread first; fetched when the list is opened. */
export function useNotifications() {
  return useQuery({ queryKey: notificationKeys.list, queryFn: ({ signal }) => fetchNotifications(signal), staleTime: 0 });
}

/** GET /api/notifications?page=… — a page of the notifications page; the previous page stays shown while the next loads. */
export function useNotificationPage(isUnreadOnly: boolean, page: number) {
  return useQuery({
    queryKey: notificationKeys.page(isUnreadOnly, page),
    queryFn: ({ signal }) => fetchNotificationPage(isUnreadOnly, page, signal),
    placeholderData: keepPreviousData,
  });
}
