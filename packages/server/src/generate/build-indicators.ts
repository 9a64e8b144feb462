import { addDaysToDate, periodEndDate, periodsOfYears } from '@plantrack/domain';
import type { Directory } from './build-directory.js';
import type { GeneratedItem } from './build-items.js';
import { buildItem } from './build-items.js';
import type { GeneratedPlan } from './build-plan.js';
import { PLAN_END_YEAR, PLAN_START_YEAR } from './build-plan.js';
import type { CityContext } from './city-context.js';
import { stampsAt } from './city-context.js';
import type { IndicatorSeries } from './indicator-series.js';
import { decimalText } from './indicator-series.js';

const PERIODS = periodsOfYears(PLAN_START_YEAR, PLAN_END_YEAR);
const at = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;

/**
 * The key indicators: each an item of the indicator ledger plus its indicator row, yearly targets and a
 * value per quarter with the provincial rank. Values of closed quarters are approved; the open
 * quarter's are in every state, some not yet entered. All values are marked as demonstration (is_demo).
 */
export function buildIndicators(ctx: CityContext, directory: Directory, plan: GeneratedPlan, series: IndicatorSeries[]): GeneratedItem[] {
  const { rows, ids, random } = ctx;
  const statistics = directory.departments.find((d) => d.shortName === '市统计局') ?? null;
  const hq = directory.hqUserIds[0]!;
  return series.map((s, index) => {
    const [, unit, direction, valueKind, areaIndex] = s.template;
    const target = decimalText(s.target);
    const item = buildItem(ctx, directory, plan, {
      kind: 'indicator',
      areaIndex,
      code: `I-${String(index + 1).padStart(2, '0')}`,
      title: s.name,
      ledgers: ['key_indicators'],
      targets: `到${PLAN_END_YEAR}年达到${target}${unit}`,
    });
    const indicatorId = ids.next('indicators');
    rows.indicators.push({
      id: indicatorId,
      planId: plan.planId,
      itemId: item.id,
      unit,
      direction,
      valueKind,
      baselineYear: PLAN_START_YEAR - 1,
      baselineValue: decimalText(s.baseline),
      baselineNote: '演示数据（生成）',
      targetYear: PLAN_END_YEAR,
      target,
      targetQualifier: null,
      targetRule: null,
      provinceTarget: decimalText(s.provinceTarget),
      stretchTarget: decimalText(s.stretchTarget),
      dataSourceDepartmentId: statistics?.id ?? null,
      ...stampsAt(ctx.setUpAt),
    });
    for (let year = PLAN_START_YEAR; year <= PLAN_END_YEAR; year++) {
      const share = (year - PLAN_START_YEAR + 1) / (PLAN_END_YEAR - PLAN_START_YEAR + 1);
      rows.indicatorYearlyTargets.push({ indicatorId, year, value: decimalText(s.baseline + (s.target - s.baseline) * share) });
    }
    PERIODS.forEach((period, q) => {
      const isOpen = q === PERIODS.length - 1;
      const state = isOpen ? random.weighted({ approved: 30, submitted: 25, draft: 20, none: 25 }) : 'approved';
      if (state === 'none') return;
      const entered = addDaysToDate(periodEndDate(period), random.int(5, 12));
      const submitted = state === 'draft' ? null : at(addDaysToDate(entered, 1), 3);
      const reviewed = state === 'approved' ? at(addDaysToDate(entered, random.int(2, 6)), 7) : null;
      rows.indicatorValues.push({
        id: ids.next('indicatorValues'),
        indicatorId,
        period,
        value: decimalText(s.values[q]!),
        provincialRank: s.ranks[q] ?? null,
        note: null,
        isDemo: 1,
        state,
        submittedBy: submitted ? (item.lead?.managerUserId ?? hq) : null,
        submittedAt: submitted,
        reviewedBy: reviewed ? hq : null,
        reviewedAt: reviewed,
        reviewComment: null,
        version: state === 'draft' ? 1 : state === 'submitted' ? 2 : 3,
        createdAt: at(entered, 2),
        updatedAt: reviewed ?? submitted ?? at(entered, 2),
      });
    });
    return item;
  });
}
