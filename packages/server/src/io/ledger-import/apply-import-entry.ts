import type { Db } from '../../db/database.js';
import type { ItemUpdate, NewItem } from '../../db/schema.js';
import { insertIndicator, updateIndicatorIfVersion } from '../../indicators/indicators.repository.js';
import { itemSearchText } from '../../items/item-search-text.js';
import { insertCoDepartments, insertItems, replaceCoDepartments } from '../../items/items.repository.js';
import { insertQuarterlyPlans } from '../../items/quarterly-plans.repository.js';
import { updateRowsIfVersion } from '../../db/bulk-update.js';
import type { VersionedChange } from '../../db/bulk-update.js';
import type { NewQuarterlyPlan } from '../../items/quarterly-plans.repository.js';
import { AppError } from '../../shared/app-error.js';
import { INDICATOR_FIELDS, ITEM_TEXT_FIELDS, planKey, yearlyTargetKey } from './import-values.js';
import { addLedgerMembership, findOrCreateSection, findOrCreateStaff, insertLedgerMemberships, setYearlyTarget } from './import-writes.repository.js';
import type { AnalysedEntry, ImportAnalysis, ImportChanges, ImportValue } from './ledger-import.types.js';
import type { ExistingItem } from './import-items.repository.js';

/**
 * Writes the analysed rows, in file order: each item (created, or updated with its version bumped so a
 * screen holding the old version gets 409), its ledger membership, co-operating departments, quarterly
 * plans and, in the indicator ledger, its indicator and yearly targets. Only what the analysis found
 * changed is written. New items and what only new items need (membership, co-operating departments)
 * go in as multi-row INSERTs: a 5,000-row ledger is a few dozen statements, not tens of thousands.
 * Returns the item id of each entry.
 */
export async function applyImportEntries(db: Db, analysis: ImportAnalysis, entries: readonly AnalysedEntry[], now: string): Promise<number[]> {
  // Fields first, row by row: a section or staff member a row creates is found by the rows after it.
  const chain = chainFinder(db, now);
  const fieldsOf: ItemUpdate[] = [];
  for (const entry of entries) fieldsOf.push(await itemFields(chain, analysis, entry));
  const createdIds = await insertItems(
    db,
    entries.flatMap((entry, index) => (entry.resolved.existing === null ? [newItem(analysis, entry, fieldsOf[index]!, now)] : [])),
  );
  const ids = entries.map((entry) => {
    const id = entry.resolved.existing?.id ?? createdIds.get(entry.resolved.code);
    if (id === undefined) throw new Error(`import: no id for created item ${entry.resolved.code}`);
    return id;
  });
  await updateItems(
    db,
    entries.flatMap((entry, index) => (entry.resolved.existing === null ? [] : [{ existing: entry.resolved.existing, fields: fieldsOf[index]! }])),
    now,
  );
  for (const entry of entries) {
    const existing = entry.resolved.existing;
    if (existing === null) continue;
    if ('ledgers' in entry.changes) await addLedgerMembership(db, analysis.ledger.id, existing.id);
    if ('coDepartments' in entry.changes)
      await replaceCoDepartments(
        db,
        existing.id,
        (entry.resolved.coDepartments ?? []).map((d) => d.id),
      );
  }
  const created = entries.flatMap((entry, index) => (entry.resolved.existing === null ? [{ entry, itemId: ids[index]! }] : []));
  await insertLedgerMemberships(
    db,
    analysis.ledger.id,
    created.filter(({ entry }) => 'ledgers' in entry.changes).map(({ itemId }) => itemId),
  );
  await insertCoDepartments(
    db,
    created.flatMap(({ entry, itemId }) =>
      'coDepartments' in entry.changes ? (entry.resolved.coDepartments ?? []).map((d) => ({ itemId, departmentId: d.id })) : [],
    ),
  );
  // A ledger states four milestones a year for every task: 20,000 plans for 5,000 tasks, in a few statements.
  const plans = entries.map((entry, index) => quarterlyPlanChanges(entry, ids[index]!, now));
  await updateQuarterlyPlans(
    db,
    plans.flatMap((plan) => plan.updated),
  );
  await insertQuarterlyPlans(
    db,
    plans.flatMap((plan) => plan.created),
  );
  if (analysis.kind === 'key_indicators') for (const [index, entry] of entries.entries()) await applyIndicator(db, analysis, entry, ids[index]!, now);
  return ids;
}

/** Every changed task at once, each against the version the analysis read: one changed meanwhile fails the import. */
async function updateItems(db: Db, updates: readonly { existing: ExistingItem; fields: ItemUpdate }[], now: string): Promise<void> {
  const changes = updates.map(({ existing, fields }) => ({
    ...fields,
    id: existing.id,
    version: existing.version,
    searchText: itemSearchText({ ...existing, ...fields }),
    updatedAt: now,
  }));
  const updated = await updateRowsIfVersion(db, 'items', changes);
  const stale = updates.find(({ existing }) => !updated.has(existing.id));
  if (stale) throw new AppError('STALE_VERSION', { entity: 'item', code: stale.existing.code });
}

async function updateQuarterlyPlans(db: Db, changes: readonly (VersionedChange & { period: string })[]): Promise<void> {
  const updated = await updateRowsIfVersion(
    db,
    'quarterlyPlans',
    changes.map(({ period: _period, ...change }) => change),
  );
  const stale = changes.find((change) => !updated.has(change.id));
  if (stale) throw new AppError('STALE_VERSION', { entity: 'quarterly_plan', period: stale.period });
}

function newItem(analysis: ImportAnalysis, entry: AnalysedEntry, fields: ItemUpdate, now: string): NewItem {
  const { code } = entry.resolved;
  const { title } = entry.resolved.row;
  return {
    ...fields,
    planId: analysis.planId,
    code,
    title,
    dataSource: 'ledger-import',
    searchText: itemSearchText({ ...fields, code, title }),
    createdAt: now,
    updatedAt: now,
  };
}

const after = (changes: ImportChanges, key: string): ImportValue => changes[key]?.[1] ?? null;

type StaffToFind = Parameters<typeof findOrCreateStaff>[1];

/**
 * Sections and staff members found (or created) once per import: a ledger names the same few dozen on
 * thousands of rows, and a look-up each was most of an import's statements (bench/README.md). A staff
 * member named again with another phone is looked up again, so the phone the last row gives is the one
 * kept.
 */
function chainFinder(db: Db, now: string) {
  const sections = new Map<string, number>();
  const staff = new Map<string, { id: number; phone: string | null | undefined }>();
  return {
    async section(departmentId: number, name: string): Promise<number> {
      const key = `${departmentId}\u0000${name}`;
      const known = sections.get(key);
      if (known !== undefined) return known;
      const id = await findOrCreateSection(db, departmentId, name, now);
      sections.set(key, id);
      return id;
    },
    async staff(person: StaffToFind): Promise<number> {
      const key = `${person.departmentId}\u0000${person.name}`;
      const known = staff.get(key);
      if (known && (person.phone == null || person.phone === known.phone)) return known.id;
      const id = await findOrCreateStaff(db, person, now);
      staff.set(key, { id, phone: person.phone ?? known?.phone });
      return id;
    },
  };
}

async function itemFields(chain: ReturnType<typeof chainFinder>, analysis: ImportAnalysis, { changes, resolved }: AnalysedEntry): Promise<ItemUpdate> {
  const fields: ItemUpdate = {};
  const has = (key: string) => key in changes;
  for (const key of [...ITEM_TEXT_FIELDS, 'deadlineText', 'deadline', 'pilotLevel', 'pilotStage'] as const) {
    if (has(key)) fields[key] = after(changes, key) as string;
  }
  if (has('area')) fields.areaId = resolved.area?.id ?? null;
  if (has('leader')) fields.leaderPersonId = resolved.leader?.id ?? null;
  if (has('leadDepartment')) fields.leadDepartmentId = resolved.leadDepartment?.id ?? null;
  // A section and a staff member belong to the lead department: re-resolve them when it changes.
  const movedDepartment = has('leadDepartment');
  const departmentId = movedDepartment ? (fields.leadDepartmentId ?? null) : (resolved.existing?.leadDepartmentId ?? null);
  const { section, staffName, staffPhone } = resolved.row;
  if (has('section') || (movedDepartment && resolved.columns.has('section'))) {
    fields.sectionId = section !== null && departmentId !== null ? await chain.section(departmentId, section) : null;
  }
  if (has('staffName') || has('staffPhone') || (movedDepartment && resolved.columns.has('staffName'))) {
    const sectionId = fields.sectionId !== undefined ? fields.sectionId : (resolved.existing?.sectionId ?? null);
    const phone = resolved.columns.has('staffPhone') ? staffPhone : undefined;
    const staff = { organisationId: analysis.organisationId, departmentId, sectionId, name: staffName ?? '', phone };
    fields.staffPersonId = staffName !== null ? await chain.staff(staff) : null;
  }
  return fields;
}

/** The entry's quarterly plans that changed: the stored ones to update (against their versions) and the new ones. */
function quarterlyPlanChanges({ changes, resolved }: AnalysedEntry, itemId: number, now: string) {
  const created: NewQuarterlyPlan[] = [];
  const updated: (VersionedChange & { period: string })[] = [];
  for (const period of resolved.periods) {
    const milestoneKey = planKey(period, 'milestone');
    const percentKey = planKey(period, 'cumulativePercent');
    const basisKey = planKey(period, 'basis');
    if (!(milestoneKey in changes) && !(percentKey in changes) && !(basisKey in changes)) continue;
    const stored = resolved.existing?.quarterlyPlans.get(period);
    const milestone = milestoneKey in changes ? (after(changes, milestoneKey) as string | null) : (stored?.milestone ?? null);
    const stated = resolved.row.quarterlyPlans.find((plan) => plan.period === period);
    // A milestone without a figure leaves the stored one (typed in the app) as it was.
    const figure = stated?.cumulativePercent == null ? null : { cumulativeBp: Math.round(stated.cumulativePercent * 100), basis: stated.basis };
    const { cumulativeBp, basis } = figure ?? { cumulativeBp: stored?.cumulativeBp ?? null, basis: stored?.basis ?? null };
    if (stored) updated.push({ id: stored.id, version: stored.version, period, milestone, cumulativeBp, basis, updatedAt: now });
    else if (milestone !== null || cumulativeBp !== null) created.push({ itemId, period, milestone, cumulativeBp, basis, createdAt: now, updatedAt: now });
  }
  return { created, updated };
}

/**
 * A new indicator needs a direction the ledger does not state: higher-is-better is assumed and can be
 * changed on the indicator page; the target year is the plan's last year, as for the plan's own indicators.
 */
async function applyIndicator(db: Db, analysis: ImportAnalysis, { changes, resolved }: AnalysedEntry, itemId: number, now: string): Promise<void> {
  const values = Object.fromEntries(INDICATOR_FIELDS.filter((field) => field in changes).map((field) => [field, after(changes, field)]));
  const stored = resolved.existing?.indicator ?? null;
  let indicatorId: number;
  if (stored === null) {
    indicatorId = await insertIndicator(db, {
      planId: analysis.planId,
      itemId,
      direction: 'higher_better',
      targetYear: analysis.planEndYear,
      ...values,
      createdAt: now,
      updatedAt: now,
    });
  } else {
    indicatorId = stored.id;
    if (Object.keys(values).length > 0) {
      const updated = await updateIndicatorIfVersion(db, stored.id, stored.version, { ...values, updatedAt: now });
      if (!updated) throw new AppError('STALE_VERSION', { entity: 'indicator', id: stored.id });
    }
  }
  for (const year of resolved.targetYears) {
    const key = yearlyTargetKey(year);
    if (key in changes) await setYearlyTarget(db, indicatorId, year, after(changes, key) as string | null);
  }
}
