import type { Actor, RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import type { BulletinSettings, BulletinSettingsForEditing, BulletinSettingsOverrides } from '@plantrack/contract/settings/settings.contract';
import { findOrganisationName, findSettingRow, replaceSettingIfUnchanged, upsertSetting } from './settings.repository.js';

const BULLETIN_KEY = 'bulletin';
const NUMBERS_KEY = 'bulletin.numbers';

export const DEFAULT_NEXT_STEPS = [
  '（一）压实工作责任。各牵头部门要对照年度目标和按季推进计划，逐项梳理滞后事项，明确整改措施和完成时限，确保按期完成。',
  '（二）强化督导调度。市指挥部办公室将对连续两个季度滞后的事项实行挂牌督办，督办情况纳入部门年度考核。',
  '（三）提高报送质量。各部门要按时报送季度进展，如实填写进展情况、存在问题和下步打算，佐证材料齐全。',
].join('\n');

/** The defaults an office starts from, built from its own name (威海市 → 威海市指挥部办公室, 威发办). */
export function defaultBulletinSettings(organisationName: string): BulletinSettings {
  const issuerName = `${organisationName}指挥部办公室`;
  return {
    issuerName,
    issuerMark: `${issuerName}文件`,
    numberPrefix: `${organisationName.charAt(0) || '办'}发办`,
    mainRecipients: '各有关部门（单位）',
    copyTo: '市委办公室，市人大常委会办公室，市政府办公室，市政协办公室',
    printer: issuerName,
    nextSteps: DEFAULT_NEXT_STEPS,
  };
}

/** Stored overrides over the defaults; the 标志 and 印发机关 follow a changed 发文机关 unless set themselves. */
export function resolveBulletinSettings(organisationName: string, overrides: BulletinSettingsOverrides): BulletinSettings {
  const defaults = defaultBulletinSettings(organisationName);
  const issuerName = overrides.issuerName ?? defaults.issuerName;
  return {
    issuerName,
    issuerMark: overrides.issuerMark ?? `${issuerName}文件`,
    numberPrefix: overrides.numberPrefix ?? defaults.numberPrefix,
    mainRecipients: overrides.mainRecipients ?? defaults.mainRecipients,
    copyTo: overrides.copyTo ?? defaults.copyTo,
    printer: overrides.printer ?? issuerName,
    nextSteps: overrides.nextSteps ?? defaults.nextSteps,
  };
}

async function readOverrides(db: Db, organisationId: number) {
  const row = await findSettingRow(db, organisationId, BULLETIN_KEY);
  return { overrides: row ? (JSON.parse(row.value) as BulletinSettingsOverrides) : {}, updatedAt: row?.updatedAt ?? null };
}

export async function getBulletinSettings(db: Db, organisationId: number): Promise<BulletinSettings> {
  const [name, { overrides }] = await Promise.all([findOrganisationName(db, organisationId), readOverrides(db, organisationId)]);
  return resolveBulletinSettings(name, overrides);
}

/** The settings page: the texts in force, the defaults beside them, and when they were last saved. */
export async function getBulletinSettingsForEditing(db: Db, actor: Actor): Promise<BulletinSettingsForEditing> {
  const [name, { overrides, updatedAt }] = await Promise.all([findOrganisationName(db, actor.organisationId), readOverrides(db, actor.organisationId)]);
  return { bulletin: resolveBulletinSettings(name, overrides), defaults: defaultBulletinSettings(name), updatedAt };
}

export async function updateBulletinSettings(db: Db, ctx: RequestContext, overrides: BulletinSettingsOverrides, seenUpdatedAt?: string | null) {
  // Only what was given is stored, so a default that changes later reaches every field left alone.
  const stored = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined && value !== null));
  await db.transaction().execute(async (trx) => {
    const current = await findSettingRow(trx, ctx.actor.organisationId, BULLETIN_KEY);
    if (seenUpdatedAt !== undefined && seenUpdatedAt !== (current?.updatedAt ?? null))
      throw new AppError('STALE_VERSION', { currentUpdatedAt: current?.updatedAt ?? null });
    const before = current ? (JSON.parse(current.value) as BulletinSettingsOverrides) : {};
    await upsertSetting(trx, ctx.actor.organisationId, BULLETIN_KEY, JSON.stringify(stored), nowIso());
    await recordAudit(trx, ctx, { action: 'settings.bulletin.update', entityType: 'settings', entityId: BULLETIN_KEY, before, after: stored });
  });
  return getBulletinSettingsForEditing(db, ctx.actor);
}

interface NumberRecord {
  year: number;
  number: number;
}

/**
 * The 发文字号 serial of the bulletin for `period`, issued in `year`: the one given (recorded for
 * next time), else the one it got before, else the next in the year's sequence. Recorded with a
 * compare-and-set, so two first downloads at once cannot take the same number for two quarters.
 */
export async function assignBulletinNumber(db: Db, organisationId: number, period: string, year: number, given?: number): Promise<number> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const row = await findSettingRow(db, organisationId, NUMBERS_KEY);
    const numbers = row ? (JSON.parse(row.value) as Record<string, NumberRecord>) : {};
    const previous = numbers[period];
    if (given === undefined && previous && previous.year === year) return previous.number;
    const taken = Object.values(numbers).filter((record) => record.year === year);
    const number = given ?? Math.max(0, ...taken.map((record) => record.number)) + 1;
    if (previous?.year === year && previous.number === number) return number;
    const next = JSON.stringify({ ...numbers, [period]: { year, number } });
    if (await replaceSettingIfUnchanged(db, organisationId, NUMBERS_KEY, row?.value, next, nowIso())) return number;
  }
  throw new AppError('STALE_VERSION', { setting: NUMBERS_KEY });
}
