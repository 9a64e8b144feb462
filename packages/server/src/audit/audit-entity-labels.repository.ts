import type { Db } from '../db/database.js';

/** What an audit row is about, by type and id, as the log stores it. */
export interface AuditEntityRef {
  entityType: string | null;
  entityId: string | null;
}

/** An object's name in one or two parts ("1-01" and its title), joined with a space. */
type LabelLookup = (db: Db, organisationId: number, ids: number[]) => Promise<{ id: number; label: string; detail?: string | null }[]>;

/**
 * How each kind of object is named to a reader of the log: a user by login name, an item by code and
 * title, a cycle by its quarter. One query per kind on a page, each limited to the organisation.
 */
const LOOKUPS: Record<string, LabelLookup> = {
  user: (db, org, ids) => db.selectFrom('users').select(['id', 'username as label']).where('organisationId', '=', org).where('id', 'in', ids).execute(),
  item: (db, org, ids) =>
    db
      .selectFrom('items')
      .innerJoin('plans', 'plans.id', 'items.planId')
      .select(['items.id', 'items.code as label', 'items.title as detail'])
      .where('plans.organisationId', '=', org)
      .where('items.id', 'in', ids)
      .execute(),
  department: (db, org, ids) => db.selectFrom('departments').select(['id', 'name as label']).where('organisationId', '=', org).where('id', 'in', ids).execute(),
  reporting_cycle: (db, org, ids) =>
    db
      .selectFrom('reportingCycles')
      .innerJoin('plans', 'plans.id', 'reportingCycles.planId')
      .select(['reportingCycles.id', 'reportingCycles.period as label'])
      .where('plans.organisationId', '=', org)
      .where('reportingCycles.id', 'in', ids)
      .execute(),
  progress_report: (db, org, ids) =>
    db
      .selectFrom('progressReports')
      .innerJoin('items', 'items.id', 'progressReports.itemId')
      .innerJoin('plans', 'plans.id', 'items.planId')
      .select(['progressReports.id', 'items.code as label', 'progressReports.period as detail'])
      .where('plans.organisationId', '=', org)
      .where('progressReports.id', 'in', ids)
      .execute(),
  supervision_order: (db, org, ids) =>
    db
      .selectFrom('supervisionOrders')
      .innerJoin('items', 'items.id', 'supervisionOrders.itemId')
      .innerJoin('plans', 'plans.id', 'items.planId')
      .select(['supervisionOrders.id', 'supervisionOrders.code as label'])
      .where('plans.organisationId', '=', org)
      .where('supervisionOrders.id', 'in', ids)
      .execute(),
};

/** Labels of a page's objects, keyed `type:id`; an object deleted since, or of a kind without a name, has none. */
export async function findAuditEntityLabels(db: Db, organisationId: number, refs: readonly AuditEntityRef[]): Promise<Map<string, string>> {
  const idsByType = new Map<string, Set<number>>();
  for (const { entityType, entityId } of refs) {
    const id = Number(entityId);
    if (entityType === null || !(entityType in LOOKUPS) || !Number.isSafeInteger(id) || id <= 0) continue;
    idsByType.set(entityType, (idsByType.get(entityType) ?? new Set()).add(id));
  }
  const labels = new Map<string, string>();
  await Promise.all(
    [...idsByType].map(async ([type, ids]) => {
      for (const row of await LOOKUPS[type]!(db, organisationId, [...ids]))
        labels.set(`${type}:${row.id}`, row.detail ? `${row.label} ${row.detail}` : row.label);
    }),
  );
  return labels;
}
