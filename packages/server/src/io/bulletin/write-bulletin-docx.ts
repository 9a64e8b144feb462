import { formatDateZh } from '@plantrack/domain';
import { AlignmentType, Document, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import type { BulletinContent } from './bulletin-content.js';
import {
  areaSection,
  indicatorSection,
  LAGGING_ATTACHMENT,
  laggingAttachment,
  nextStepsSection,
  ORDERS_ATTACHMENT,
  ordersAttachment,
  overallSection,
  rankingSection,
} from './bulletin-sections.js';
import {
  attachmentHeading,
  attachmentNotes,
  documentNumberParagraph,
  issuerMarkParagraph,
  mainRecipientsParagraph,
  recordTable,
  signatureParagraphs,
} from './official-document-frame.js';
import { bodyParagraph, FONT_TABLE_XML, FONTS, GRID, noticeParagraph, OFF_GRID, PAGE, SIZES, STYLES_XML, titleParagraph } from './official-document-format.js';
import { renderAreaStatusChart } from './render-area-chart.js';

/**
 * The quarterly bulletin (季度通报) as an official document (GB/T 9704-2012): 版头 (red 发文机关标志,
 * 发文字号, red line), the title "关于……推进情况的通报", 主送, a body of a few pages (overall progress
 * and the change since last quarter, areas with a chart, one row per indicator, the department
 * ranking, 下一步工作要求), 附件说明, 署名 and 成文日期, then the 附件 (lagging items by leader and
 * department; supervision orders), each on a new page, and the 版记 at the foot of the last page.
 * Sample data says so in red on the first page and in every page header.
 */
export async function writeBulletinDocx(content: BulletinContent): Promise<Buffer> {
  const { settings } = content;
  const attachments = [
    ...(content.laggingCount > 0 ? [{ name: LAGGING_ATTACHMENT, blocks: () => laggingAttachment(content) }] : []),
    ...(content.supervisionOrders.length > 0 ? [{ name: ORDERS_ATTACHMENT, blocks: () => ordersAttachment(content) }] : []),
  ];
  const attachmentOf = (name: string) => {
    const index = attachments.findIndex((attachment) => attachment.name === name);
    return attachments.length > 1 ? `附件${index + 1}` : '附件';
  };
  const title = bulletinTitle(content);
  const children: (Paragraph | Table)[] = [
    issuerMarkParagraph(settings.issuerMark),
    documentNumberParagraph(content.documentNumber),
    titleParagraph(title, { linesBefore: 2 }),
    // 主送 follows the title (GB/T 9704 7.2.4); a sample plan's warning opens the body, still on page one.
    mainRecipientsParagraph(settings.mainRecipients),
    ...(content.isSample ? sampleNotice(content) : []),
    bodyParagraph(
      `${content.hasApprovedReports ? '根据各部门报送并经审核的季度进展情况，' : ''}现将${quarterTitle(content.period)}${content.subject}推进情况通报如下。`,
    ),
    ...overallSection(content, attachmentOf),
    ...areaSection(content, content.hasApprovedReports ? renderAreaStatusChart(content.byArea) : null),
    ...indicatorSection(content),
    ...rankingSection(content),
    ...nextStepsSection(content),
    ...(attachments.length > 0 ? attachmentNotes(attachments.map((a) => a.name)) : []),
    ...signatureParagraphs(settings.issuerName, formatDateZh(content.issuedOn)),
    ...attachments.flatMap((attachment, index) => [
      ...attachmentHeading(attachments.length > 1 ? `附件${index + 1}` : '附件', attachment.name),
      ...attachment.blocks(),
    ]),
    recordTable(settings.copyTo, settings.printer, formatDateZh(content.issuedOn)),
    // A floating table is anchored to the paragraph after it; the document cannot end with it.
    new Paragraph({ style: OFF_GRID, spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [] }),
  ];
  const document = new Document({
    creator: 'PlanTrack',
    title,
    evenAndOddHeaderAndFooters: true,
    externalStyles: STYLES_XML,
    sections: [
      {
        properties: { page: { size: PAGE.size, margin: PAGE.margin }, grid: GRID },
        headers: content.isSample ? { default: sampleHeader(), even: sampleHeader() } : undefined,
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  return Packer.toBuffer(document, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}

/** 关于2024年第二季度全市……推进情况的通报 */
export function bulletinTitle(content: Pick<BulletinContent, 'period' | 'subject'>): string {
  return `关于${quarterTitle(content.period)}${content.subject}推进情况的通报`;
}

const QUARTERS = ['一', '二', '三', '四'];

/** 2024Q2 → 2024年第二季度, as titles write it. */
function quarterTitle(period: string): string {
  return `${period.slice(0, 4)}年第${QUARTERS[Number(period.slice(5)) - 1]}季度`;
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

/** 页码: 四号半角宋体, "— 1 —", odd pages on the right, even pages on the left, one character in. */
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
