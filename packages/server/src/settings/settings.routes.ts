import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { BulletinSettingsBody } from './bulletin-settings.schema.js';
import { getBulletinSettingsForEditing, updateBulletinSettings } from './bulletin-settings.service.js';
import { SETTINGS } from './settings.policies.js';
import { getRulesForEditing, updateRules } from './settings.service.js';
import { securitySettingsRoutes } from './security-settings.routes.js';

const Share = z.number().min(0);
const RulesBody = z.strictObject({
  schedule: z.strictObject({ yellowGap: Share, redGap: Share }).partial().optional(),
  indicator: z.strictObject({ onTrack: Share, accelerationNeeded: Share }).partial().optional(),
  departmentScore: z
    .strictObject({
      weights: z.strictObject({ onSchedule: Share, timeliness: Share, quality: Share, supervision: Share }).partial().optional(),
      openOrderCredit: z.number().min(0).max(1).optional(),
    })
    .optional(),
  rankPoints: z
    .strictObject({ stepPercent: z.number().min(0).max(100) })
    .partial()
    .optional(),
  /** When the settings the editor started from were saved (null: the defaults); a newer save makes this 409. */
  updatedAt: z.string().max(40).nullable().optional(),
});

export function settingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    const tags = ['settings'];
    await app.register(securitySettingsRoutes(deps));
    app.get(
      '/api/settings/rules',
      { config: { access: SETTINGS.readRules }, schema: { tags, summary: '预警阈值与评分权重 Thresholds and weights' } },
      async (request) => getRulesForEditing(db, contextOf(request).actor),
    );
    app.put(
      '/api/settings/rules',
      { config: { access: SETTINGS.editRules }, schema: { tags, summary: '修改阈值与权重 Change thresholds and weights', body: RulesBody } },
      async (request) => {
        const { updatedAt, ...overrides } = request.body;
        return updateRules(db, contextOf(request), overrides, updatedAt);
      },
    );
    app.get(
      '/api/settings/bulletin',
      { config: { access: SETTINGS.readBulletinTexts }, schema: { tags, summary: '季度通报的发文机关、字号与固定文字 Bulletin texts' } },
      async (request) => getBulletinSettingsForEditing(db, contextOf(request).actor),
    );
    app.put(
      '/api/settings/bulletin',
      {
        config: { access: SETTINGS.editBulletinTexts },
        schema: { tags, summary: '修改季度通报的发文机关、字号与固定文字 Change the bulletin texts', body: BulletinSettingsBody },
      },
      async (request) => {
        const { updatedAt, ...overrides } = request.body;
        return updateBulletinSettings(db, contextOf(request), overrides, updatedAt);
      },
    );
  };
}
