import type { BulletinQuery } from '@plantrack/contract/io/exports.contract';
import type { BulletinSettingsForEditing, BulletinSettingsUpdateInput } from '@plantrack/contract/settings/settings.contract';
import { apiRequest, toQueryString } from '../../../shared/api/api-client';

/**
 * GET /api/exports/bulletin — the quarterly bulletin (季度通报) as a Word document. A plain download
 * link: the session cookie authorises it. Without `number` the quarter keeps the 发文字号 it got
 * first, or takes the year's next.
 */
export function bulletinUrl(query: Pick<BulletinQuery, 'quarter' | 'number'>): string {
  return `/api/exports/bulletin${toQueryString({ quarter: query.quarter, number: query.number })}`;
}

export const bulletinKeys = { settings: ['settings', 'bulletin'] as const };

export async function fetchBulletinSettings(signal?: AbortSignal): Promise<BulletinSettingsForEditing> {
  return apiRequest<BulletinSettingsForEditing>('/api/settings/bulletin', { signal });
}

/** PUT /api/settings/bulletin — `updatedAt` is what the editor started from; a newer save makes it 409 STALE_VERSION. */
export async function updateBulletinSettings(input: BulletinSettingsUpdateInput): Promise<BulletinSettingsForEditing> {
  return apiRequest<BulletinSettingsForEditing>('/api/settings/bulletin', { method: 'PUT', body: input });
}
