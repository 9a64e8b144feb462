import { formatDateZh } from '@plantrack/domain';
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import type { StatusCounts } from '../../dashboard/status-counts.js';
import type { BulletinContent } from './bulletin-content.js';
import {
  bodyParagraph,
  FONT_TABLE_XML,
  FONTS,
  headingParagraph,
  noticeParagraph,
  officialTable,
  PAGE,
  SIZES,
  titleParagraph,
} from './official-document-format.js';

/**
 * The quarterly bulletin (季度通报) as a Word document laid out as an official document: title,
 * addressee, then overall progress, lagging items with their departments and reasons, indicators at
 * risk, the department ranking and the supervision orders, and the issuing office with the date.
 * Sample data says so in red on the first page and in every page header.
 */
export async function writeBulletinDocx(content: BulletinContent): Promise<Buffer> {
  const title = `${content.planTitle}\n推进情况通报（${content.periodLabel}）`;
  const children: (Paragraph | Table)[] = [
    ...title.split('\n').map(titleParagraph),
    ...(content.isSample ? sampleNotice(content) : []),
    bodyParagraph('各有关部门（单位）：', { isIndented: false }),
    bodyParagraph(`现将${content.periodLabel}${content.planTitle}推进情况通报如下。`),
    headingParagraph('一、总体进展'),
    bodyParagraph(overallSentence(content)),
    ...byLedgerTable(content),
    headingParagraph('二、滞后事项'),
    ...laggingSection(content),
    headingParagraph('三、重点指标预警'),
    ...indicatorSection(content),
    headingParagraph('四、部门综合排名'),
    ...rankingSection(content),
    headingParagraph('五、督办情况'),
    ...ordersSection(content),
    bodyParagraph(''),
    bodyParagraph(`${content.organisationName}指挥部办公室`, { alignment: 'right' }),
    bodyParagraph(formatDateZh(content.issuedOn), { alignment: 'right' }),
  ];
  const document = new Document({
    creator: 'PlanTrack',
    title: title.replace('\n', ''),
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: FONTS.body, size: SIZES.body } } } },
    sections: [
      {
        properties: { page: { size: PAGE.size, margin: PAGE.margin } },
        headers: content.isSample ? { default: sampleHeader(), even: sampleHeader() } : undefined,
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}

function sampleNotice(content: BulletinContent): Paragraph[] {
  return [noticeParagraph('【示例数据】本通报由示例数据生成，不反映真实推进情况'), ...(content.sampleNotice ? [bodyParagraph(content.sampleNotice)] : [])];
}

function sampleHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: '示例数据 · 非真实情况', font: FONTS.heading, size: 21, color: 'C00000' })],
      }),
    ],
  });
}

/** 页码: 四号宋体, "— 1 —", odd pages on the right, even pages on the left, one character in. */
function pageNumberFooter(side: 'left' | 'right'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.pageNumber, size: SIZES.pageNumber })],
      }),
    ],
  });
}

function overallSentence({ periodLabel, totals }: BulletinContent): string {
  if (totals.total === 0) return `截至${periodLabel}末，计划中尚无纳入台账的事项。`;
  return (
    `截至${periodLabel}末，纳入台账的${totals.total}项事项中，已完成${totals.completed}项，序时推进${totals.on_schedule}项，` +
    `略有滞后${totals.slightly_behind}项，严重滞后${totals.seriously_behind}项，未报送${totals.not_reported}项，未启动${totals.not_started}项。` +
    '状态均按已审核通过的季度报告与按季推进计划计算。'
  );
}

const countCells = (c: StatusCounts) => [c.total, c.completed, c.on_schedule, c.slightly_behind, c.seriously_behind, c.not_reported, c.not_started].map(String);

function byLedgerTable({ byLedger }: BulletinContent): Table[] {
  if (byLedger.length === 0) return [];
  const headers = ['台账', '事项数', '已完成', '序时推进', '略有滞后', '严重滞后', '未报送', '未启动'];
  return [officialTable(headers, [...byLedger.map((g) => [g.label, ...countCells(g.counts)])], [24, 10, 10, 12, 12, 12, 10, 10])];
}

function laggingSection({ lagging }: BulletinContent): (Paragraph | Table)[] {
  if (lagging.length === 0) return [bodyParagraph('本季度无滞后事项。')];
  const rows = lagging.map((item, i) => [
    String(i + 1),
    `${item.code} ${item.title}`,
    item.department ?? '未明确',
    item.statusLabel,
    item.problems ? `${item.reason}\n存在问题：${item.problems}` : item.reason,
  ]);
  return [
    bodyParagraph(`本季度滞后或未报送的事项共${lagging.length}项，请牵头部门对照原因抓紧整改。`),
    officialTable(['序号', '事项', '牵头部门', '状态', '原因'], rows, [7, 33, 15, 11, 34]),
  ];
}

function indicatorSection({ indicatorsAtRisk }: BulletinContent): (Paragraph | Table)[] {
  if (indicatorsAtRisk.length === 0) return [bodyParagraph('本季度无进展受限或偏离目标的重点指标。')];
  const rows = indicatorsAtRisk.map((i) => [`${i.code} ${i.name}`, i.target, i.statusLabel, i.reason]);
  return [officialTable(['指标', '对照目标', '评估', '说明'], rows, [30, 13, 14, 43])];
}

function rankingSection({ ranking }: BulletinContent): (Paragraph | Table)[] {
  if (ranking.length === 0) return [bodyParagraph('本季度无可排名的牵头部门。')];
  const rows = ranking.map((r) => [r.rank === null ? '—' : String(r.rank), r.name, r.total === null ? '—' : r.total.toFixed(2), String(r.itemCount)]);
  return [
    bodyParagraph('按序时推进情况、报送及时性、报告质量和督办办理情况综合评分，排名如下。'),
    officialTable(['名次', '牵头部门', '得分', '牵头事项数'], rows, [12, 46, 20, 22]),
  ];
}

function ordersSection({ supervisionOrders, periodLabel }: BulletinContent): (Paragraph | Table)[] {
  if (supervisionOrders.length === 0) return [bodyParagraph(`${periodLabel}无在办督办单。`)];
  const rows = supervisionOrders.map((o) => [o.code, `${o.itemCode} ${o.itemTitle}`, o.department ?? '未明确', formatDateZh(o.replyBy), o.statusLabel]);
  return [
    bodyParagraph(`${periodLabel}在办督办单共${supervisionOrders.length}件。`),
    officialTable(['督办单编号', '事项', '责任部门', '回复期限', '办理状态'], rows, [20, 36, 16, 16, 12]),
  ];
}
