import type { Db } from '../db/database.js';
import { parseDeadline } from '../io/ledger-xlsx/parse-deadline.js';
import { itemSearchText } from '../items/item-search-text.js';
import { normaliseDepartmentName } from '../organisation/departments.repository.js';
import { nowIso } from '../shared/clock.js';
import samplePlanJson from './sample-plan.json' with { type: 'json' };
import type { SamplePlan } from './sample-plan.types.js';

export const samplePlan = samplePlanJson as unknown as SamplePlan;

/** Numbers from the JSON become exact decimal text; `null` (not public) stays null, never guessed. */
function decimal(value: number | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * Loads Weihai's public plan facts into an empty database in one transaction, marked as sample data
 * (示例数据). It carries no progress figures: none are public, and none are invented here.
 */
export async function loadSamplePlan(db: Db): Promise<{ organisationId: number; planId: number }> {
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const stamps = { createdAt: now, updatedAt: now };
    const data = samplePlan;
    const province = await trx
      .insertInto('organisations')
      .values({ code: data.organisation.parent.code, name: data.organisation.parent.name, level: 'province', parentId: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const city = await trx
      .insertInto('organisations')
      .values({ code: data.organisation.code, name: data.organisation.name, level: 'city', parentId: province.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Development zones have no administrative code; they get one derived from the city's.
    const districtCode = (d: SamplePlan['districts'][number]) => d.code ?? `${data.organisation.code}-${d.shortName ?? d.name}`;
    await trx
      .insertInto('organisations')
      .values(data.districts.map((d) => ({ code: districtCode(d), name: d.name, level: 'district' as const, parentId: city.id })))
      .execute();

    const departmentIds = new Map<string, number>();
    for (const dept of data.departments) {
      const row = await trx
        .insertInto('departments')
        .values({
          organisationId: city.id,
          name: dept.name,
          shortName: dept.shortName,
          kind: 'department',
          note: dept.note ?? null,
          source: dept.source,
          ...stamps,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const name of [dept.name, dept.shortName, ...dept.aliases]) departmentIds.set(normaliseDepartmentName(name), row.id);
      const aliases = [...new Set(dept.aliases.map(normaliseDepartmentName))];
      if (aliases.length > 0)
        await trx
          .insertInto('departmentAliases')
          .values(aliases.map((alias) => ({ organisationId: city.id, departmentId: row.id, alias })))
          .execute();
    }
    // Districts (区市) answer for items too, so each is also a responsible unit.
    for (const district of data.districts) {
      // 环翠区 is 威海市环翠区; a county-level city (荣成市) or a zone with its own full name keeps it.
      const name = district.shortName || district.name.endsWith('市') ? district.name : `${data.organisation.name}${district.name}`;
      await trx
        .insertInto('departments')
        .values({ organisationId: city.id, name, shortName: district.shortName ?? district.name, kind: 'district', note: null, source: null, ...stamps })
        .execute();
    }

    const plan = await trx
      .insertInto('plans')
      .values({
        organisationId: city.id,
        code: data.plan.code,
        title: data.plan.title,
        shortTitle: data.plan.shortTitle,
        startYear: data.plan.startYear,
        endYear: data.plan.endYear,
        issuer: data.plan.issuer,
        announced: data.plan.announced,
        implementsTitle: data.plan.implements.title,
        implementsDocNo: data.plan.implements.docNo,
        positioning: data.plan.positioning,
        isSample: 1,
        sampleNotice: data.notice,
        ...stamps,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const areaIds = new Map<string, number>();
    for (const [index, area] of data.areas.entries()) {
      const row = await trx
        .insertInto('areas')
        .values({
          planId: plan.id,
          code: area.code,
          numeral: area.numeral,
          title: area.title,
          summary: area.summary,
          targets: JSON.stringify(area.targets),
          sortOrder: index + 1,
          ...stamps,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      areaIds.set(area.code, row.id);
    }
    const ledgerIds = new Map<string, number>();
    for (const ledger of data.ledgers) {
      const row = await trx
        .insertInto('ledgers')
        .values({
          planId: plan.id,
          kind: ledger.kind,
          name: ledger.name,
          shortName: ledger.shortName,
          plannedCount: ledger.plannedCount,
          description: ledger.description,
          ...stamps,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ledgerIds.set(ledger.kind, row.id);
    }

    const departmentOf = (name: string | null) => (name === null ? null : (departmentIds.get(normaliseDepartmentName(name)) ?? null));
    for (const item of data.items) {
      const fields = { code: item.code, title: item.title, measures: item.measures, targets: item.targets };
      const row = await trx
        .insertInto('items')
        .values({
          planId: plan.id,
          areaId: areaIds.get(item.area) ?? null,
          ...fields,
          deadlineText: item.deadlineText,
          // Understood as the ledger import understands it ("2023年底前" → 2023-12-31), so the rule and an export agree.
          deadline: item.deadlineText === null ? null : parseDeadline(item.deadlineText).date,
          leadDepartmentId: departmentOf(item.leadDepartment),
          leadDepartmentSource: item.leadDepartmentSource,
          pilotLevel: item.pilotLevel ?? null,
          pilotStage: item.pilotLevel ? 'planning' : null,
          isSample: 1,
          dataSource: item.source,
          searchText: itemSearchText(fields),
          ...stamps,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('ledgerItems')
        .values(item.ledgers.map((kind) => ({ ledgerId: ledgerIds.get(kind)!, itemId: row.id })))
        .execute();
      const coIds = [...new Set(item.coDepartments.map(departmentOf).filter((id): id is number => id !== null))];
      if (coIds.length > 0)
        await trx
          .insertInto('itemCoDepartments')
          .values(coIds.map((departmentId) => ({ itemId: row.id, departmentId })))
          .execute();
    }

    for (const indicator of data.indicators) {
      const fields = {
        code: indicator.code,
        title: indicator.name,
        targets: indicator.target2025 === null ? indicator.targetQualifier : `${indicator.target2025}${indicator.unit ?? ''}${indicator.targetQualifier ?? ''}`,
      };
      const item = await trx
        .insertInto('items')
        .values({
          planId: plan.id,
          areaId: areaIds.get(indicator.area) ?? null,
          ...fields,
          isSample: 1,
          dataSource: indicator.source,
          searchText: itemSearchText(fields),
          ...stamps,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('ledgerItems')
        .values({ ledgerId: ledgerIds.get('key_indicators')!, itemId: item.id })
        .execute();
      await trx
        .insertInto('indicators')
        .values({
          planId: plan.id,
          itemId: item.id,
          unit: indicator.unit,
          direction: indicator.direction,
          valueKind: indicator.valueKind,
          baselineYear: indicator.baseline?.year ?? null,
          baselineValue: decimal(indicator.baseline?.value),
          baselineNote: indicator.baseline?.note ?? null,
          targetYear: data.plan.endYear,
          target: decimal(indicator.target2025),
          // A target that is not a number ("较基期翻番") is kept as its text, as the ledger import keeps it.
          targetQualifier: indicator.target2025 === null ? null : indicator.targetQualifier,
          targetRule: indicator.target2025 === null ? indicator.targetQualifier : null,
          provinceTarget: decimal(indicator.provinceTarget2025),
          stretchTarget: decimal(indicator.stretchTarget2025),
          ...stamps,
        })
        .execute();
    }
    return { organisationId: city.id, planId: plan.id };
  });
}
