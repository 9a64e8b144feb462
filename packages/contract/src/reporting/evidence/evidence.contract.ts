/** Evidence files (佐证材料) of a progress report: upload, download, delete. */
import { z } from 'zod';

/** An evidence file as lists show it; its hash and storage stay on the server. */
export const Evidence = z
  .object({
    id: z.number().int(),
    originalName: z.string(),
    mimeType: z.string(),
    sizeBytes: z.number().int(),
    uploadedAt: z.string(),
    downloadUrl: z.string().describe('/api/evidence/{id}'),
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof Evidence>;

export const OneEvidence = z.object({ evidence: Evidence });
export type OneEvidence = z.infer<typeof OneEvidence>;
