import { useQuery } from '@tanstack/react-query';
import { fetchRulesForEditing, settingsKeys } from '../api/settings.api';

/** GET /api/settings/rules — with the defaults and the last save, for the rules page. */
export function useRulesForEditing() {
  return useQuery({ queryKey: settingsKeys.rulesForEditing, queryFn: ({ signal }) => fetchRulesForEditing(signal) });
}
