import { recordAudit } from '../../audit/audit.service.js';
import type { Db } from '../../db/database.js';
import type { DownloadFile } from '../download.js';
import { CONTENT_TYPES } from '../download.js';
import type { IoCaller } from '../io-caller.js';
import { gatherBulletin } from './bulletin-content.js';
import { writeBulletinDocx } from './write-bulletin-docx.js';

/** The quarterly bulletin for `period` (2023Q2) as .docx; its generation is audited like any export. */
export async function exportBulletin(db: Db, caller: IoCaller, period: string): Promise<DownloadFile> {
  const content = await gatherBulletin(db, caller.actor, period);
  const buffer = await writeBulletinDocx(content);
  await recordAudit(db, caller.audit, {
    action: 'bulletin.export',
    entityType: 'bulletin',
    entityId: period,
    after: { period, lagging: content.lagging.length, isSample: content.isSample },
  });
  return {
    content: buffer,
    fileName: `${content.periodLabel}推进情况通报.docx`,
    asciiFileName: `bulletin-${period}.docx`,
    contentType: CONTENT_TYPES.docx,
  };
}
