import { BulletinSettingsForEditing, BulletinSettingsUpdate, RulesForEditing, RulesUpdate } from '@plantrack/contract/settings/settings.contract';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { getBulletinSettingsForEditing, updateBulletinSettings } from './bulletin-settings.service.js';
import { getRulesForEditing, updateRules } from './settings.service.js';
import { securitySettingsRoutes } from './security-settings.routes.js';
import { SETTINGS } from './settings.policies.js';

export function settingsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    const tags = ['settings'];
    await app.register(securitySettingsRoutes(deps));
    app.get(
      '/api/settings/rules',
      {
        config: { access: SETTINGS.readRules },
        schema: { tags, summary: '预警阈值与评分权重 Thresholds and weights', response: { 200: RulesForEditing } },
      },
      async (request) => getRulesForEditing(db, contextOf(request).actor),
    );
    app.put(
      '/api/settings/rules',
      {
        config: { access: SETTINGS.editRules },
        schema: {
          tags,
          summary: '修改阈值与权重 Change thresholds and weights',
          body: RulesUpdate,
          response: { 200: RulesForEditing, ...errorResponses(['STALE_VERSION']) },
        },
      },
      async (request) => {
        const { updatedAt, ...overrides } = request.body;
        return updateRules(db, contextOf(request), overrides, updatedAt);
      },
    );
    app.get(
      '/api/settings/bulletin',
      {
        config: { access: SETTINGS.readBulletinTexts },
        schema: { tags, summary: '季度通报的发文机关、字号与固定文字 Bulletin texts', response: { 200: BulletinSettingsForEditing } },
      },
      async (request) => getBulletinSettingsForEditing(db, contextOf(request).actor),
    );
    app.put(
      '/api/settings/bulletin',
      {
        config: { access: SETTINGS.editBulletinTexts },
        schema: {
          tags,
          summary: '修改季度通报的发文机关、字号与固定文字 Change the bulletin texts',
          body: BulletinSettingsUpdate,
          response: { 200: BulletinSettingsForEditing, ...errorResponses(['STALE_VERSION']) },
        },
      },
      async (request) => {
        const { updatedAt, ...overrides } = request.body;
        return updateBulletinSettings(db, contextOf(request), overrides, updatedAt);
      },
    );
  };
}
