import type { PublicProgress } from '@plantrack/contract/public/public-progress.contract';
import { formatPeriodZh } from '@plantrack/domain';
import type { Actor } from '../auth/actor.js';
import { defaultPeriod } from '../schedule/default-period.js';
import { scheduleOfItems } from '../schedule/item-schedules.js';
import { filterItems } from '../items/items.repository.js';
import type { Db } from '../db/database.js';
import { findCurrentPlan } from '../plan/plans.repository.js';
import { AppError } from '../shared/app-error.js';
import { presentPublicArea, presentPublicIndicator, presentPublicItem } from './public-progress.presenter.js';
import { findPublicAreas, findPublicIndicators, findPublicItems, findPublicOrganisation } from './public-progress.repository.js';

/**
 * The public progress page (政务公开): the plan, its areas, and ONLY the items marked public (and the
 * indicators of those items) with their computed status for the current quarter. No session needed.
 */
export async function getPublicProgress(db: Db, organisationCode: string | undefined): Promise<PublicProgress> {
  const organisation = await findPublicOrganisation(db, organisationCode);
  if (!organisation) throw new AppError('NOT_FOUND', { entity: 'plan' });
  const plan = await findCurrentPlan(db, organisation.id);
  if (!plan) throw new AppError('NOT_FOUND', { entity: 'plan' });
  const [areas, items, indicators] = await Promise.all([findPublicAreas(db, plan.id), findPublicItems(db, plan.id), findPublicIndicators(db, plan.id)]);
  const period = defaultPeriod(plan);
  const itemIds = [...new Set([...items.map((item) => item.id), ...indicators.map((indicator) => indicator.itemId)])];
  // The schedule rules read only the organisation's settings from the actor; nobody is signed in here.
  const reader: Actor = {
    userId: 0,
    username: 'public',
    displayName: 'public',
    organisationId: organisation.id,
    role: 'leader',
    departmentId: null,
    personId: null,
  };
  const schedules =
    itemIds.length === 0 ? new Map() : await scheduleOfItems(db, reader, plan, filterItems(db, { planId: plan.id, itemIds, scope: null }), period);
  return {
    organisation: { name: organisation.name },
    plan: { title: plan.title, shortTitle: plan.shortTitle, startYear: plan.startYear, endYear: plan.endYear, isSample: plan.isSample === 1 },
    period,
    periodLabel: formatPeriodZh(period),
    areas: areas.map(presentPublicArea),
    items: items.map((item) => presentPublicItem(item, schedules.get(item.id))),
    indicators: indicators.map((indicator) => presentPublicIndicator(indicator, schedules.get(indicator.itemId))),
  };
}
