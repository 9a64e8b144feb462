import { DEFAULT_SETTINGS, findSettingsProblems, resolveSettings } from '@plantrack/domain';
import type { DomainSettings, SettingsOverrides } from '@plantrack/domain';
import type { RulesForEditing } from '@plantrack/contract/settings/settings.contract';
import type { Actor, RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { findSetting, findSettingRow, upsertSetting } from './settings.repository.js';

const RULES_KEY = 'rules';

/** The organisation's thresholds and weights: what it stored, the defaults of PRODUCT.md for the rest. */
export async function getRuleOverrides(db: Db, organisationId: number): Promise<SettingsOverrides> {
  const stored = await findSetting(db, organisationId, RULES_KEY);
  return stored ? (JSON.parse(stored) as SettingsOverrides) : {};
}

export async function getRules(db: Db, actor: Actor): Promise<DomainSettings> {
  return resolveSettings(await getRuleOverrides(db, actor.organisationId));
}

/**
 * The rules page: the settings in force, the defaults of PRODUCT.md beside them, and when they were
 * last changed (null: never, the defaults apply), which the page sends back so a save over someone
 * else's newer one is refused (409 STALE_VERSION) instead of silently undoing it.
 */
export async function getRulesForEditing(db: Db, actor: Actor): Promise<RulesForEditing> {
  const row = await findSettingRow(db, actor.organisationId, RULES_KEY);
  const overrides = row ? (JSON.parse(row.value) as SettingsOverrides) : {};
  return { rules: resolveSettings(overrides), defaults: DEFAULT_SETTINGS, updatedAt: row?.updatedAt ?? null };
}

export async function updateRules(db: Db, ctx: RequestContext, overrides: SettingsOverrides, seenUpdatedAt?: string | null) {
  const resolved = resolveSettings(overrides);
  const problems = findSettingsProblems(resolved);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { problems });
  await db.transaction().execute(async (trx) => {
    const current = await findSettingRow(trx, ctx.actor.organisationId, RULES_KEY);
    if (seenUpdatedAt !== undefined && seenUpdatedAt !== (current?.updatedAt ?? null))
      throw new AppError('STALE_VERSION', { currentUpdatedAt: current?.updatedAt ?? null });
    const before = current ? (JSON.parse(current.value) as SettingsOverrides) : {};
    await upsertSetting(trx, ctx.actor.organisationId, RULES_KEY, JSON.stringify(overrides), nowIso());
    await recordAudit(trx, ctx, { action: 'settings.rules.update', entityType: 'settings', entityId: RULES_KEY, before, after: overrides });
  });
  return getRulesForEditing(db, ctx.actor);
}
