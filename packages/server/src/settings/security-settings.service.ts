import type { RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { findSetting, replaceSettingIfUnchanged } from './settings.repository.js';
import { SecuritySettings, type SecuritySettingsUpdate } from '@plantrack/contract/settings/security-settings.contract';

const SECURITY_KEY = 'security';

export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = {
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  passwordExpiryDays: 90,
  sessionIdleMinutes: 30,
  totpRequiredRoles: [],
};

interface StoredSecuritySettings {
  settings: SecuritySettings;
  /** 1 until first changed; each change adds one (optimistic concurrency, like every record). */
  version: number;
  /** The stored text, compared on write so a concurrent change is detected. */
  raw: string | undefined;
}

/** The policy is stored as its JSON plus a `version` field, which is not part of the policy itself. */
async function readSecuritySettings(db: Db, organisationId: number): Promise<StoredSecuritySettings> {
  const raw = await findSetting(db, organisationId, SECURITY_KEY);
  if (!raw) return { settings: DEFAULT_SECURITY_SETTINGS, version: 1, raw };
  const { version, ...stored } = JSON.parse(raw) as Partial<SecuritySettings> & { version?: unknown };
  const parsed = SecuritySettings.safeParse({ ...DEFAULT_SECURITY_SETTINGS, ...stored });
  return { settings: parsed.success ? parsed.data : DEFAULT_SECURITY_SETTINGS, version: typeof version === 'number' ? version : 1, raw };
}

/** What the organisation stored over the defaults; a stored value that no longer validates falls back to its default. */
export async function getSecuritySettings(db: Db, organisationId: number): Promise<SecuritySettings> {
  return (await readSecuritySettings(db, organisationId)).settings;
}

/** The policy with its version, for the form that edits it. */
export async function getVersionedSecuritySettings(db: Db, organisationId: number): Promise<{ security: SecuritySettings; version: number }> {
  const { settings, version } = await readSecuritySettings(db, organisationId);
  return { security: settings, version };
}

/**
 * The security administrator's change: merged over the current policy, audited with before and after.
 * With `version`, a policy changed by someone else since it was read is a 409 and nothing changes.
 */
export async function updateSecuritySettings(db: Db, ctx: RequestContext, update: SecuritySettingsUpdate) {
  const { version: expectedVersion, ...patch } = update;
  return db.transaction().execute(async (trx) => {
    const current = await readSecuritySettings(trx, ctx.actor.organisationId);
    if (expectedVersion !== undefined && expectedVersion !== current.version) throw new AppError('STALE_VERSION', { currentVersion: current.version });
    const before = current.settings;
    const after = SecuritySettings.parse({ ...before, ...patch });
    const version = current.version + 1;
    const isSaved = await replaceSettingIfUnchanged(trx, ctx.actor.organisationId, SECURITY_KEY, current.raw, JSON.stringify({ ...after, version }), nowIso());
    if (!isSaved) throw new AppError('STALE_VERSION', { currentVersion: current.version });
    await recordAudit(trx, ctx, { action: 'settings.security.update', entityType: 'settings', entityId: SECURITY_KEY, before, after });
    return { security: after, version };
  });
}
