import { formatDateZh, INDICATOR_STATUS_LABELS_ZH, INDICATOR_STATUSES } from '@plantrack/domain';
import { AlignmentType, ImageRun, LineRuleType, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import type { StatusCounts } from '../../dashboard/status-counts.js';
import type { BulletinContent, BulletinRankingRow } from './bulletin-content.js';
import { rankChangeText } from './bulletin-indicators.js';
import { bodyParagraph, bodyRun, CHAR, FONTS, headingParagraph, LINE, OFF_GRID, officialTable, SIZES } from './official-document-format.js';
import type { TableCellText } from './official-document-format.js';
import { areaChartSize } from './render-area-chart.js';

/**
 * The body of the bulletin, section by section. It stays a few pages whatever the plan's size: counts,
 * one row per area, indicator and department; the items themselves are listed in 附件1.
 */
type Block = Paragraph | Table;

export const NO_APPROVED_REPORTS = '本季度尚无审核通过的进展报告，以下状态不作评价依据';
export const LAGGING_ATTACHMENT = '滞后事项清单（按分管市领导和牵头部门）';
export const ORDERS_ATTACHMENT = '督办事项办理情况';

const countText = (counts: StatusCounts) =>
  `已完成${counts.completed}项，序时推进${counts.on_schedule}项，略有滞后${counts.slightly_behind}项，严重滞后${counts.seriously_behind}项，` +
  `未报送${counts.not_reported}项，未启动${counts.not_started}项`;

export function overallSection(content: BulletinContent, attachmentOf: (name: string) => string): Block[] {
  const { totals, periodLabel, changes, previousPeriodLabel } = content;
  const blocks: Block[] = [headingParagraph('一、总体情况')];
  if (totals.total === 0) return [...blocks, bodyParagraph(`截至${periodLabel}末，计划中尚无纳入台账的事项。`)];
  if (!content.hasApprovedReports)
    return [...blocks, bodyParagraph(`${NO_APPROVED_REPORTS}。截至${periodLabel}末，纳入台账的事项共${totals.total}项，待各部门报送并经审核后再作评价。`)];
  const lagging = totals.slightly_behind + totals.seriously_behind + totals.not_reported;
  blocks.push(
    bodyParagraph(
      `截至${periodLabel}末，纳入台账的${totals.total}项事项中，${countText(totals)}。` +
        `滞后及未报送事项合计${lagging}项，占${percent(lagging, totals.total)}。状态均按已审核通过的季度报告与按季推进计划计算。`,
    ),
  );
  if (changes && previousPeriodLabel)
    blocks.push(
      bodyParagraph(
        `与${previousPeriodLabel}相比，本季度新增滞后事项${changes.newlyLagging}项，连续两个季度滞后事项${changes.laggingTwoQuarters}项，` +
          `新完成事项${changes.newlyCompleted}项。${lagging > 0 ? `滞后事项按分管市领导和牵头部门列于${attachmentOf(LAGGING_ATTACHMENT)}。` : ''}`,
      ),
    );
  else if (lagging > 0) blocks.push(bodyParagraph(`本季度为计划首个季度，暂无上季度比较。滞后事项列于${attachmentOf(LAGGING_ATTACHMENT)}。`));
  if (content.supervisionOrders.length > 0)
    blocks.push(bodyParagraph(`本季度在办督办单${content.supervisionOrders.length}件，办理情况见${attachmentOf(ORDERS_ATTACHMENT)}。`));
  return blocks;
}

export function areaSection(content: BulletinContent, chart: Buffer | null): Block[] {
  const blocks: Block[] = [headingParagraph('二、分领域推进情况')];
  if (content.byArea.length === 0) return [...blocks, bodyParagraph('计划中尚无纳入台账的事项。')];
  if (!content.hasApprovedReports) {
    const sizes = content.byArea.map((area) => `${area.shortLabel}${area.counts.total}项`).join('，');
    return [...blocks, bodyParagraph(`各领域纳入台账的事项：${sizes}。本季度尚无审核通过的进展报告，暂不分领域评价。`)];
  }
  const worst = [...content.byArea].sort((a, b) => laggingShare(b.counts) - laggingShare(a.counts))[0]!;
  blocks.push(
    bodyParagraph(
      `各重点领域中，滞后比例最高的是“${worst.label.replace(/^[一二三四五六七八九十]+、/, '')}”，` +
        `滞后及未报送${worst.counts.slightly_behind + worst.counts.seriously_behind + worst.counts.not_reported}项，占该领域事项的${percent(
          worst.counts.slightly_behind + worst.counts.seriously_behind + worst.counts.not_reported,
          worst.counts.total,
        )}。各领域情况如下。`,
    ),
    officialTable(
      ['领域', '事项', '已完成', '序时推进', '略有滞后', '严重滞后', '未报送', '未启动'],
      content.byArea.map((area) => [area.label, ...countCells(area.counts)]),
      [30, 10, 10, 10, 10, 10, 10, 10],
    ),
  );
  if (chart) blocks.push(...chartParagraphs(chart, content.byArea.length));
  return blocks;
}

function chartParagraphs(chart: Buffer, areaCount: number): Paragraph[] {
  const size = areaChartSize(areaCount);
  // 156 mm is about 590 px at 96 dpi; the chart takes the type area's width.
  const width = 580;
  const height = Math.round((size.height * width) / size.width);
  return [
    new Paragraph({
      style: OFF_GRID,
      alignment: AlignmentType.CENTER,
      spacing: { before: LINE / 4 },
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: chart,
          transformation: { width, height },
          altText: { name: '各领域推进状态', description: '各领域事项推进状态堆积条形图', title: '各领域推进状态' },
        }),
      ],
    }),
    new Paragraph({
      style: OFF_GRID,
      alignment: AlignmentType.CENTER,
      spacing: { line: 360, lineRule: LineRuleType.EXACT, after: LINE / 4 },
      children: [new TextRun({ text: '图1  各领域事项推进状态', font: FONTS.body, size: SIZES.table + 3 })],
    }),
  ];
}

export function indicatorSection(content: BulletinContent): Block[] {
  const blocks: Block[] = [headingParagraph('三、重点指标完成情况')];
  if (content.indicators.length === 0) return [...blocks, bodyParagraph('计划中尚无重点指标。')];
  const counts = INDICATOR_STATUSES.map((status) => ({
    label: INDICATOR_STATUS_LABELS_ZH[status],
    n: content.indicators.filter((i) => i.statusLabel === INDICATOR_STATUS_LABELS_ZH[status]).length,
  }))
    .filter(({ n }) => n > 0)
    .map(({ label, n }) => `${label}${n}项`)
    .join('，');
  // One baseline year for all (the usual case) goes in the header, so the cells hold the figure alone.
  const years = new Set(content.indicators.filter((i) => i.baselineYear !== null).map((i) => i.baselineYear));
  const baselineYear = years.size === 1 && content.indicators.every((i) => i.baselineYear !== null) ? [...years][0] : null;
  const ranked = content.indicators.filter((i) => i.rankChange !== '');
  const up = ranked.filter((i) => i.rankChange.startsWith('↑')).length;
  const down = ranked.filter((i) => i.rankChange.startsWith('↓')).length;
  blocks.push(
    bodyParagraph(
      `纳入监测的重点指标${content.indicators.length}项（对照省定目标评估）：${counts}。` +
        (ranked.length > 0 ? `有省内排名的指标中，位次上升${up}项、下降${down}项。` : '') +
        '逐项情况如下。',
    ),
    officialTable(
      ['指标', '单位', baselineYear ? `基期\n（${baselineYear}年）` : '基期', '目标', '冲击目标', '本期值', '省排名', '状态'],
      content.indicators.map((i) => [
        i.name,
        { text: i.unit, alignment: 'center' },
        baselineYear || i.baselineYear === null ? i.baselineValue : `${i.baselineValue}\n${i.baselineYear}年`,
        i.target,
        i.stretchTarget,
        i.value,
        { text: i.rankChange ? `${i.rank}（${i.rankChange}）` : i.rank, alignment: 'center' },
        { text: i.statusLabel, alignment: 'center' },
      ]),
      [25, 7, 11, 10, 11, 10, 12, 14],
    ),
  );
  return blocks;
}

export function rankingSection(content: BulletinContent): Block[] {
  const blocks: Block[] = [headingParagraph('四、部门综合评价')];
  if (!content.hasApprovedReports) return [...blocks, bodyParagraph('本季度尚无审核通过的进展报告，暂不进行部门综合评价排名。')];
  const ranked = content.ranking.filter((row) => row.rank !== null);
  if (ranked.length === 0) return [...blocks, bodyParagraph('本季度无可排名的牵头部门。')];
  const named = Math.min(3, Math.floor(ranked.length / 2)) || 1;
  const names = (rows: BulletinRankingRow[]) => rows.map((row) => row.name).join('、');
  blocks.push(
    bodyParagraph(
      '按序时推进、报送及时性、报告质量和督办办理情况综合评分（百分制），争先进位得分按牵头指标的全省位次计算（第1名满分，每降一位递减）。' +
        `综合得分居前的是${names(ranked.slice(0, named))}；` +
        (ranked.length > 1 ? `居后的是${names(ranked.slice(-named).reverse())}，请相关部门查找原因、加快推进。` : ''),
    ),
    officialTable(
      ['名次', '牵头部门', '序时推进', '报送及时', '报告质量', '督办办理', '争先进位', '综合得分', '名次变化'],
      content.ranking.map((row) => [
        { text: row.rank === null ? '—' : String(row.rank), alignment: 'center' },
        row.name,
        points(row.components.onSchedule),
        points(row.components.timeliness),
        points(row.components.quality),
        points(row.components.supervision),
        row.indicatorRankPoints === null ? '—' : row.indicatorRankPoints.toFixed(1),
        row.total === null ? '—' : row.total.toFixed(2),
        rankChangeText(row.rank, row.previousRank) || '—',
      ]),
      [6, 24, 9, 9, 9, 9, 10, 11, 13],
    ),
  );
  return blocks;
}

export function nextStepsSection(content: BulletinContent): Block[] {
  const paragraphs = content.settings.nextSteps
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  // The last paragraph stays with the signature: a signature alone on a page is what GB/T 9704 forbids.
  return [
    headingParagraph('五、下一步工作要求'),
    ...paragraphs.map((line, i) => bodyParagraph(withRunInHeading(line), { keepNext: i === paragraphs.length - 1 })),
  ];
}

/**
 * "（一）压实工作责任。各牵头部门……": a paragraph that opens with a numbered phrase has it as its 二级标题,
 * set in 楷体 and run into the paragraph, as offices write them.
 */
function withRunInHeading(line: string): string | TextRun[] {
  const heading = /^（[一二三四五六七八九十]+）[^。；]{1,24}。/.exec(line)?.[0];
  return heading ? [bodyRun(heading, FONTS.subheading), bodyRun(line.slice(heading.length))] : line;
}

/** 附件1: per 分管市领导 one table, its rows grouped by lead department (the department cell spans its items). */
export function laggingAttachment(content: BulletinContent): Block[] {
  const blocks: Block[] = [
    bodyParagraph(`${content.periodLabel}滞后及未报送事项共${content.laggingCount}项，按分管市领导和牵头部门排列；标“★”的为连续两个季度滞后事项。`),
  ];
  content.laggingByLeader.forEach(({ leader, departments }, index) => {
    const count = departments.reduce((sum, d) => sum + d.items.length, 0);
    blocks.push(
      new Paragraph({
        spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: index === 0 ? 0 : LINE / 2 },
        indent: { firstLine: Math.round(2 * CHAR) },
        keepNext: true,
        children: [bodyRun(`${chineseOrdinal(index + 1)}${leader}${leader.startsWith('未明确') ? '' : '同志分管'}（${count}项）`, FONTS.subheading)],
      }),
    );
    const rows: (string | TableCellText | null)[][] = [];
    let serial = 0;
    for (const { department, items } of departments)
      items.forEach((item, i) => {
        serial += 1;
        rows.push([
          { text: String(serial), alignment: 'center' },
          i === 0 ? { text: department, rowSpan: items.length } : null,
          `${item.isLaggingTwoQuarters ? '★' : ''}${item.code} ${item.title}`,
          { text: item.statusLabel, alignment: 'center' },
          item.problems ? `${item.reason}\n存在问题：${item.problems}` : item.reason,
        ]);
      });
    blocks.push(officialTable(['序号', '牵头部门', '事项', '状态', '原因'], rows, [7, 15, 36, 10, 32]));
  });
  return blocks;
}

/** 附件2: the supervision orders live in the quarter. */
export function ordersAttachment(content: BulletinContent): Block[] {
  const rows = content.supervisionOrders.map((o) => [o.code, `${o.itemCode} ${o.itemTitle}`, o.department ?? '未明确', formatDateZh(o.replyBy), o.statusLabel]);
  return [
    bodyParagraph(`${content.periodLabel}在办督办单共${content.supervisionOrders.length}件。`),
    officialTable(['督办单编号', '事项', '责任部门', '反馈期限', '办理状态'], rows, [23, 29, 14, 22, 12]),
  ];
}

const countCells = (c: StatusCounts) =>
  [c.total, c.completed, c.on_schedule, c.slightly_behind, c.seriously_behind, c.not_reported, c.not_started].map((n) => ({
    text: String(n),
    alignment: 'center' as const,
  }));

const points = (share: number | null) => (share === null ? '—' : (share * 100).toFixed(1));

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${((part * 100) / whole).toFixed(1).replace(/\.0$/, '')}%`;
}

function laggingShare(counts: StatusCounts): number {
  return counts.total === 0 ? 0 : (counts.slightly_behind + counts.seriously_behind + counts.not_reported) / counts.total;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** （一）…（十）, then （11） — more than ten leaders is rare. */
function chineseOrdinal(n: number): string {
  if (n <= 10) return `（${NUMERALS[n]}）`;
  if (n < 20) return `（十${NUMERALS[n - 10]}）`;
  return `（${n}）`;
}
