import { useMemo } from 'react';
import { formatDecimal, indicatorTime, roundTo } from '@plantrack/domain';
import type { IndicatorPoint, IndicatorProgress } from '@plantrack/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { EChart } from './EChart';
import type { ChartOption } from './EChart';

export type TargetTone = 'provincial' | 'stretch' | 'plan';

export interface TrendTarget {
  tone: TargetTone;
  label: string;
  point: IndicatorPoint;
}

export interface IndicatorTrendChartProps {
  unit: string | null;
  baseline: IndicatorPoint | null;
  /** Observed values (quarters or years). */
  series: IndicatorPoint[];
  targets: TrendTarget[];
  /** The domain's assessment against the main target: its required trajectory and projection are drawn. */
  progress: IndicatorProgress | null;
  height?: number;
}

/** Line colours, also used by the end-to-end test to find the target lines on the canvas. */
export const TREND_COLOURS = {
  actual: '#1a4fa0',
  baseline: '#5b6472',
  trajectory: '#2f8f5b',
  projection: '#8a4fbf',
  provincial: '#c4161c',
  stretch: '#d97706',
  plan: '#0e7490',
} as const;

type Pair = [number, number];

/** A value range with a little room, rounded to a readable step, that holds every line drawn. */
function niceRange(values: number[]): { min: number; max: number } | null {
  if (values.length === 0) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || Math.abs(high) || 1;
  const step = 10 ** Math.floor(Math.log10(span / 4));
  const unit = [1, 2, 5, 10].map((factor) => factor * step).find((candidate) => span / candidate <= 8) ?? step * 10;
  const decimals = Math.max(0, -Math.floor(Math.log10(unit)));
  return { min: roundTo(Math.floor((low - span * 0.08) / unit) * unit, decimals), max: roundTo(Math.ceil((high + span * 0.08) / unit) * unit, decimals) };
}

function toPair(point: IndicatorPoint): Pair {
  return [indicatorTime(point), point.value];
}

interface TooltipItem {
  axisValue?: unknown;
  marker?: unknown;
  seriesName?: string;
  value?: unknown;
}

/** ECharts puts a formatter's text in as HTML: a unit typed by the office must stay text. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The tooltip: the point's quarter or year as its title, then each series' value with its unit. */
function tooltipText(items: readonly TooltipItem[], timeText: (time: number) => string, withUnit: (value: number) => string): string {
  const title = items[0] ? timeText(Number(items[0].axisValue)) : '';
  const rows = items.map((item) => {
    const value = Array.isArray(item.value) ? Number(item.value[1]) : Number(item.value);
    return `${typeof item.marker === 'string' ? item.marker : ''}${escapeHtml(item.seriesName ?? '')}：${escapeHtml(withUnit(value))}`;
  });
  return [escapeHtml(title), ...rows].join('<br/>');
}

/**
 * Actual values against the baseline and the targets, with the trajectory the target requires and
 * where the current pace leads (PRODUCT.md "Indicator progress"). Takes domain data, not chart options.
 */
export function IndicatorTrendChart({ unit, baseline, series, targets, progress, height = 360 }: IndicatorTrendChartProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const { option, description } = useMemo(() => {
    const actual: Pair[] = [...(baseline ? [toPair(baseline)] : []), ...series.map(toPair)].sort((a, b) => a[0] - b[0]);
    const trajectory: Pair[] = (progress?.trajectory ?? []).map((p) => [p.time, p.value]);
    const latest = progress?.latest ?? null;
    const targetYear = targets[0] ? indicatorTime(targets[0].point) : null;
    const projection: Pair[] =
      latest && progress?.projection !== null && progress?.projection !== undefined && targetYear !== null
        ? [toPair(latest), [targetYear, progress.projection]]
        : [];
    const times = [...actual, ...trajectory, ...projection].map(([time]) => time).concat(targets.map((target) => indicatorTime(target.point)));
    const minTime = times.length ? Math.floor(Math.min(...times)) : 0;
    const maxTime = times.length ? Math.ceil(Math.max(...times)) : 1;
    const withUnit = (value: number) => format.value(formatDecimal(value), unit);
    const yRange = niceRange([
      ...[...actual, ...trajectory, ...projection].map(([, value]) => value),
      ...targets.map((target) => target.point.value),
      ...(baseline ? [baseline.value] : []),
    ]);

    const lines = [
      ...(baseline ? [{ name: t('indicator.chart.baseline'), yAxis: baseline.value, colour: TREND_COLOURS.baseline }] : []),
      ...targets.map((target) => ({ name: target.label, yAxis: target.point.value, colour: TREND_COLOURS[target.tone] })),
    ];

    const chartOption: ChartOption = {
      animation: false,
      grid: { left: 16, right: 120, top: 48, bottom: 24, containLabel: true },
      legend: { top: 0, left: 0, itemGap: 16, textStyle: { color: '#1f2937' } },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value) => (typeof value === 'number' ? withUnit(value) : String(value)),
        // The pointer names the quarter or year ("2023年一季度"), never the axis number (2,022.25).
        axisPointer: { type: 'line', label: { formatter: ({ value }) => format.indicatorTime(Number(value)) } },
        formatter: (params) => tooltipText(Array.isArray(params) ? params : [params], format.indicatorTime, withUnit),
      },
      xAxis: {
        type: 'value',
        min: minTime,
        max: maxTime,
        interval: 1,
        axisLabel: { formatter: (value: number) => format.indicatorAxisYear(value), color: '#374151' },
        splitLine: { show: false },
      },
      yAxis: {
        type: 'value',
        scale: true,
        // Every target line must fall inside the axis, or ECharts leaves it out.
        ...(yRange ?? {}),
        name: unit ?? '',
        nameTextStyle: { color: '#374151' },
        axisLabel: { color: '#374151', formatter: (value: number) => formatDecimal(value, 4) },
      },
      series: [
        {
          name: t('indicator.chart.actual'),
          type: 'line',
          data: actual,
          symbolSize: 8,
          lineStyle: { width: 3, color: TREND_COLOURS.actual },
          itemStyle: { color: TREND_COLOURS.actual },
          markLine: {
            silent: true,
            symbol: 'none',
            label: { position: 'end', formatter: '{b}', color: '#1f2937', fontSize: 12 },
            data: lines.map((line, index) => ({
              name: `${line.name} ${withUnit(line.yAxis)}`,
              yAxis: line.yAxis,
              lineStyle: { color: line.colour, type: 'dashed', width: 2 },
              // Lines close together (a target and its stretch target) would print their names on top of
              // each other: every other one is named above its line, inside the chart.
              ...(index % 2 === 1 ? { label: { position: 'insideEndTop' as const } } : {}),
            })),
          },
        },
        {
          name: t('indicator.chart.trajectory'),
          type: 'line',
          data: trajectory,
          symbol: 'none',
          lineStyle: { width: 2, type: [6, 4], color: TREND_COLOURS.trajectory },
          itemStyle: { color: TREND_COLOURS.trajectory },
        },
        {
          name: t('indicator.chart.projection'),
          type: 'line',
          data: projection,
          symbol: 'circle',
          symbolSize: 6,
          lineStyle: { width: 2, type: 'dotted', color: TREND_COLOURS.projection },
          itemStyle: { color: TREND_COLOURS.projection },
        },
      ],
    };

    const parts = [
      t('indicator.chart.summaryActual', { count: series.length }),
      ...lines.map((line) => `${line.name} ${withUnit(line.yAxis)}`),
      ...(projection[1] ? [t('indicator.chart.summaryProjection', { value: withUnit(projection[1][1]) })] : []),
    ];
    return { option: chartOption, description: t('indicator.chart.description', { details: parts.join(t('common.listSeparator')) }) };
  }, [baseline, series, targets, progress, unit, t, format]);

  return <EChart option={option} height={height} description={description} className="indicator-trend-chart" />;
}
