import type { RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/clock.js';
import { findSetting, upsertSetting } from './settings.repository.js';
import { DEFAULT_SECURITY_SETTINGS, SecuritySettings } from './security-settings.schema.js';
import type { SecuritySettingsPatch } from './security-settings.schema.js';

const SECURITY_KEY = 'security';

/** What the organisation stored over the defaults; a stored value that no longer validates falls back to its default. */
export async function getSecuritySettings(db: Db, organisationId: number): Promise<SecuritySettings> {
  const stored = await findSetting(db, organisationId, SECURITY_KEY);
  if (!stored) return DEFAULT_SECURITY_SETTINGS;
  const merged = { ...DEFAULT_SECURITY_SETTINGS, ...(JSON.parse(stored) as Partial<SecuritySettings>) };
  const parsed = SecuritySettings.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SECURITY_SETTINGS;
}

/** The security administrator's change: merged over the current policy, audited with before and after. */
export async function updateSecuritySettings(db: Db, ctx: RequestContext, patch: SecuritySettingsPatch): Promise<SecuritySettings> {
  return db.transaction().execute(async (trx) => {
    const before = await getSecuritySettings(trx, ctx.actor.organisationId);
    const after = SecuritySettings.parse({ ...before, ...patch });
    await upsertSetting(trx, ctx.actor.organisationId, SECURITY_KEY, JSON.stringify(after), nowIso());
    await recordAudit(trx, ctx, { action: 'settings.security.update', entityType: 'settings', entityId: SECURITY_KEY, before, after });
    return after;
  });
}
