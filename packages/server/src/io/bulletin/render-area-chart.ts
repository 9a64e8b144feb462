import { SCHEDULE_STATUS_LABELS_ZH, SCHEDULE_STATUSES } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { StatusCounts } from '../../dashboard/status-counts.js';

/**
 * The bulletin's chart — items by status in each key area, as stacked bars — drawn on the server
 * without a browser: ECharts renders SVG (its server-side mode), resvg turns it into a PNG with the
 * machine's fonts. Colours follow the traffic lights the screens use and print apart in grey too.
 */
const COLOURS: Record<ScheduleStatus, string> = {
  completed: '#1a6531',
  on_schedule: '#52a36b',
  slightly_behind: '#e6a700',
  seriously_behind: '#c0392b',
  not_reported: '#7b1f1f',
  not_started: '#b8b8b8',
};
const FONT_FAMILY = 'Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Microsoft YaHei, SimHei, sans-serif';

/** Size in CSS pixels; the PNG is drawn at twice that for print. */
export interface ChartSize {
  width: number;
  height: number;
}

export function areaChartSize(areaCount: number): ChartSize {
  return { width: 600, height: 80 + 24 * Math.max(1, areaCount) };
}

/** A PNG of the chart, or null when it cannot be drawn here (the document then goes without it). */
export function renderAreaStatusChart(areas: readonly { shortLabel: string; counts: StatusCounts }[]): Buffer | null {
  if (areas.length === 0) return null;
  const size = areaChartSize(areas.length);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    const shown = SCHEDULE_STATUSES.filter((status) => areas.some((area) => area.counts[status] > 0));
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: '#222222' },
      legend: { bottom: 4, itemWidth: 14, itemHeight: 10, textStyle: { fontFamily: FONT_FAMILY, fontSize: 12 } },
      grid: { left: 8, right: 24, top: 12, bottom: 36, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontFamily: FONT_FAMILY } },
      // Areas top to bottom in their order (一 first): a category axis counts from the bottom.
      yAxis: { type: 'category', inverse: true, data: areas.map((area) => area.shortLabel), axisLabel: { fontFamily: FONT_FAMILY } },
      series: shown.map((status) => ({
        type: 'bar',
        stack: 'items',
        name: SCHEDULE_STATUS_LABELS_ZH[status],
        barMaxWidth: 18,
        itemStyle: { color: COLOURS[status] },
        data: areas.map((area) => area.counts[status]),
      })),
    });
    const svg = chart.renderToSVGString();
    return new Resvg(svg, { fitTo: { mode: 'width', value: size.width * 2 }, font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' } })
      .render()
      .asPng();
  } catch {
    return null;
  } finally {
    chart.dispose();
  }
}
