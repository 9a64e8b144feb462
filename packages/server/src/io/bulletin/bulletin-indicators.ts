import { INDICATOR_STATUS_LABELS_ZH, periodFromIndex, periodIndex, formatPeriodZh } from '@plantrack/domain';
import { primaryIndicatorStatus } from '../../dashboard/indicator-overview.js';
import type { assessIndicators } from '../../indicators/indicators.service.js';

type AssessedIndicator = Awaited<ReturnType<typeof assessIndicators>>[number];

interface ApprovedValue {
  indicatorId: number;
  period: string;
  value: string | null;
  provincialRank: number | null;
}

/** One row of the bulletin's indicator table: every figure as the ledger writes it. */
export interface BulletinIndicatorRow {
  code: string;
  name: string;
  unit: string;
  baselineValue: string;
  baselineYear: number | null;
  target: string;
  stretchTarget: string;
  value: string;
  rank: string;
  /** "↑2" up two places since last quarter, "↓1", "持平", "" when either rank is unknown. */
  rankChange: string;
  statusLabel: string;
}

const orDash = (text: string | null | undefined) => (text === null || text === undefined || text.trim() === '' ? '—' : text.trim());

/**
 * The indicators as the bulletin tabulates them, one row each: the value of the quarter (or the latest
 * before it, with its quarter named), the provincial rank of the quarter and its change since the
 * quarter before, and the status against the province's target (else the plan's).
 */
export function indicatorRows(indicators: readonly AssessedIndicator[], values: readonly ApprovedValue[], period: string): BulletinIndicatorRow[] {
  const previous = periodFromIndex(periodIndex(period) - 1);
  const previousPeriod = `${previous.year}Q${previous.quarter}`;
  const valuesOf = new Map<number, ApprovedValue[]>();
  for (const value of values) valuesOf.set(value.indicatorId, [...(valuesOf.get(value.indicatorId) ?? []), value]);
  return indicators.map((indicator) => {
    const own = valuesOf.get(indicator.id) ?? [];
    const latest = own.filter((v) => v.value !== null).at(-1);
    const rankNow = own.find((v) => v.period === period)?.provincialRank ?? null;
    const rankBefore = own.find((v) => v.period === previousPeriod)?.provincialRank ?? null;
    return {
      code: indicator.code,
      name: indicator.name,
      unit: orDash(indicator.unit),
      baselineValue: orDash(indicator.baseline?.value),
      baselineYear: indicator.baseline?.year ?? null,
      target: orDash(indicator.provinceTarget ?? targetText(indicator.target)),
      stretchTarget: orDash(indicator.stretchTarget),
      value: !latest ? '—' : latest.period === period ? orDash(latest.value) : `${orDash(latest.value)}（${formatPeriodZh(latest.period)}）`,
      rank: rankNow === null ? '—' : String(rankNow),
      rankChange: rankChangeText(rankNow, rankBefore),
      statusLabel: INDICATOR_STATUS_LABELS_ZH[primaryIndicatorStatus(indicator)],
    };
  });
}

function targetText(target: AssessedIndicator['target']): string | null {
  // The ledger's target text can be a paragraph: a table cell takes its beginning.
  if (target.value === null) return target.text && target.text.length > 24 ? `${target.text.slice(0, 24)}…` : (target.text ?? null);
  return `${target.value}${target.qualifier ? `（${target.qualifier}）` : ''}`;
}

/** A smaller rank is better: from 5th to 3rd is "↑2". */
export function rankChangeText(now: number | null, before: number | null): string {
  if (now === null || before === null) return '';
  if (now === before) return '持平';
  return now < before ? `↑${before - now}` : `↓${now - before}`;
}
