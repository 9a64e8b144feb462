import { useQuery } from '@tanstack/react-query';
import { bulletinKeys, fetchBulletinSettings } from '../api/bulletin.api';

/** GET /api/settings/bulletin — the bulletin's texts with their defaults and the last save. */
export function useBulletinSettings() {
  return useQuery({ queryKey: bulletinKeys.settings, queryFn: ({ signal }) => fetchBulletinSettings(signal) });
}
