import * as z from 'zod/mini';
import { apiRequest, toQueryString } from '../../../shared/api/api-client';

/**
 * GET /api/exports/bulletin — the quarterly bulletin (季度通报) as a Word document. A plain download
 * link: the session cookie authorises it. Without `number` the quarter keeps the 发文字号 it got
 * first, or takes the year's next.
 */
export function bulletinUrl(query: { quarter: string; number?: number | undefined }): string {
  return `/api/exports/bulletin${toQueryString({ quarter: query.quarter, number: query.number })}`;
}

/** The bulletin's fixed texts (GB/T 9704): issuer, its mark, the 字号 prefix, recipients, 印发机关, 下一步工作要求. */
const BulletinTexts = z.object({
  issuerName: z.string(),
  issuerMark: z.string(),
  numberPrefix: z.string(),
  mainRecipients: z.string(),
  copyTo: z.string(),
  printer: z.string(),
  nextSteps: z.string(),
});
export type BulletinTexts = z.infer<typeof BulletinTexts>;

const BulletinSettings = z.object({ bulletin: BulletinTexts, defaults: BulletinTexts, updatedAt: z.nullable(z.string()) });
export type BulletinSettings = z.infer<typeof BulletinSettings>;

export const bulletinKeys = { settings: ['settings', 'bulletin'] as const };

export async function fetchBulletinSettings(signal?: AbortSignal): Promise<BulletinSettings> {
  return apiRequest('/api/settings/bulletin', { schema: BulletinSettings, signal });
}

/** PUT /api/settings/bulletin — `updatedAt` is what the editor started from; a newer save makes it 409 STALE_VERSION. */
export async function updateBulletinSettings(input: Partial<BulletinTexts> & { updatedAt: string | null }): Promise<BulletinSettings> {
  return apiRequest('/api/settings/bulletin', { method: 'PUT', body: input, schema: BulletinSettings });
}
