import { todayInShanghai } from '@plantrack/domain';
import { recordAudit } from '../../audit/audit.service.js';
import type { Db } from '../../db/database.js';
import { assignBulletinNumber } from '../../settings/bulletin-settings.service.js';
import type { DownloadFile } from '../download.js';
import { CONTENT_TYPES } from '@plantrack/contract/shared.contract';
import type { IoCaller } from '../io-caller.js';
import { gatherBulletin } from './bulletin-content.js';
import { writeBulletinDocx } from './write-bulletin-docx.js';

export interface BulletinRequest {
  /** 发文字号 serial (4 → 威绿发办〔2024〕4号); without it the quarter keeps the number it got first, or takes the year's next. */
  documentNumber?: number | undefined;
  /** 成文日期 (YYYY-MM-DD); default today. The 字号's year is this date's. */
  issuedOn?: string | undefined;
}

/** The quarterly bulletin for `period` (2023Q2) as .docx; its generation is audited like any export. */
export async function exportBulletin(
  db: Db,
  caller: IoCaller,
  period: string,
  request: BulletinRequest = {},
): Promise<DownloadFile & { documentNumber: string }> {
  const issuedOn = request.issuedOn ?? todayInShanghai();
  const documentNumber = await assignBulletinNumber(db, caller.actor.organisationId, period, Number(issuedOn.slice(0, 4)), request.documentNumber);
  const content = await gatherBulletin(db, caller.actor, period, { documentNumber, issuedOn });
  const buffer = await writeBulletinDocx(content);
  await recordAudit(db, caller.audit, {
    action: 'bulletin.export',
    entityType: 'bulletin',
    entityId: period,
    after: { period, documentNumber: content.documentNumber, lagging: content.laggingCount, isSample: content.isSample },
  });
  return {
    content: buffer,
    fileName: `${content.periodLabel}推进情况通报.docx`,
    asciiFileName: `bulletin-${period}.docx`,
    contentType: CONTENT_TYPES.docx,
    documentNumber: content.documentNumber,
  };
}
