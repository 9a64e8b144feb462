import { findSettingsProblems, resolveSettings } from '@plantrack/domain';
import type { DomainSettings, SettingsOverrides } from '@plantrack/domain';
import type { Actor, RequestContext } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Db } from '../db/database.js';
import { AppError } from '../shared/app-error.js';
import { nowIso } from '../shared/clock.js';
import { findSetting, upsertSetting } from './settings.repository.js';

const RULES_KEY = 'rules';

/** The organisation's thresholds and weights: what it stored, the defaults of PRODUCT.md for the rest. */
export async function getRuleOverrides(db: Db, organisationId: number): Promise<SettingsOverrides> {
  const stored = await findSetting(db, organisationId, RULES_KEY);
  return stored ? (JSON.parse(stored) as SettingsOverrides) : {};
}

export async function getRules(db: Db, actor: Actor): Promise<DomainSettings> {
  return resolveSettings(await getRuleOverrides(db, actor.organisationId));
}

export async function updateRules(db: Db, ctx: RequestContext, overrides: SettingsOverrides): Promise<DomainSettings> {
  const resolved = resolveSettings(overrides);
  const problems = findSettingsProblems(resolved);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { problems });
  await db.transaction().execute(async (trx) => {
    const before = await getRuleOverrides(trx, ctx.actor.organisationId);
    await upsertSetting(trx, ctx.actor.organisationId, RULES_KEY, JSON.stringify(overrides), nowIso());
    await recordAudit(trx, ctx, { action: 'settings.rules.update', entityType: 'settings', entityId: RULES_KEY, before, after: overrides });
  });
  return resolved;
}
