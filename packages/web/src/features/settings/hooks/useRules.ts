import { useQuery } from '@tanstack/react-query';
import { fetchRules, settingsKeys } from '../api/settings.api';

/** GET /api/settings/rules — the office's thresholds, so the screen judges exactly as the server does. */
export function useRules() {
  return useQuery({ queryKey: settingsKeys.rules, queryFn: ({ signal }) => fetchRules(signal), staleTime: 5 * 60_000 });
}
