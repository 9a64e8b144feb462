import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableAnchorType, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { RelativeHorizontalPosition } from 'docx';
import { bodyRun, CHAR, CHARS_PER_LINE, FONTS, LINE, mm, NO_BORDER, OFF_GRID, RED, SIZES, TYPE_WIDTH } from './official-document-format.js';

/**
 * The parts of GB/T 9704-2012 around the body: the 版头 (发文机关标志, 发文字号, red separator line),
 * the signature (署名) and 成文日期 of a document without a seal, the 附件说明, each 附件's heading
 * and the 版记 (抄送, 印发机关 and 印发日期 between thick and thin lines) at the foot of the last page.
 */

/** Width of a text in grid characters: a CJK character takes one, a Latin letter or digit printerColumn. */
export function textWidthInChars(text: string): number {
  return [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
}

/**
 * 发文机关标志: red 小标宋, centred, its top 35 mm below the type area's top. Its size shrinks so a
 * long name still fits on one line of the type area (at most 初号-like 36 pt).
 */
export function issuerMarkParagraph(text: string): Paragraph {
  const points = Math.max(16, Math.min(36, Math.floor((TYPE_WIDTH / 20 / Math.max(1, textWidthInChars(text))) * 0.96)));
  return new Paragraph({
    style: OFF_GRID,
    alignment: AlignmentType.CENTER,
    spacing: { before: mm(35), line: Math.round(points * 20 * 1.25), lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, font: FONTS.title, size: points * 2, color: RED })],
  });
}

/** 发文字号 two lines under the mark, centred; 4 mm under it the red separator line as wide as the type area. */
export function documentNumberParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 2 * LINE, line: LINE, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
    children: [bodyRun(text)],
  });
}

/** 主送机关: one line under the title, flush left, with a full-width colon. */
export function mainRecipientsParagraph(text: string): Paragraph {
  return new Paragraph({
    spacing: { line: LINE, lineRule: LineRuleType.EXACT },
    children: [bodyRun(`${text}：`)],
  });
}

/**
 * 附件说明: one line under the body, two characters in, "附件：1. 名称"; a second attachment's name
 * lines up under the first's (首字对齐).
 */
export function attachmentNotes(names: readonly string[]): Paragraph[] {
  const numbered = names.length > 1;
  return names.map(
    (name, index) =>
      new Paragraph({
        keepNext: true,
        spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: index === 0 ? LINE : 0 },
        indent: { left: Math.round(5 * CHAR), hanging: index === 0 ? Math.round(3 * CHAR) : 0 },
        children: [bodyRun(`${index === 0 ? '附件：' : ''}${numbered ? `${index + 1}. ` : ''}${name}`)],
      }),
  );
}

/**
 * 署名 and 成文日期 of a document without a seal: one line under the body, the issuer two characters
 * from the right; the date on the next line, its first character two characters right of the issuer's
 * first. A date longer than that allows sits two characters from the right and pushes the issuer left.
 */
export function signatureParagraphs(issuer: string, date: string): Paragraph[] {
  const issuerWidth = textWidthInChars(issuer);
  const dateWidth = textWidthInChars(date);
  const line = (text: string, position: { right: number } | { left: number }, before: number) =>
    new Paragraph({
      keepNext: before > 0,
      alignment: 'right' in position ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: { line: LINE, lineRule: LineRuleType.EXACT, before },
      indent: 'right' in position ? { right: Math.round(position.right * CHAR) } : { left: Math.round(position.left * CHAR) },
      children: [bodyRun(text)],
    });
  // The usual case: the issuer ends two characters from the right, the date starts two characters in
  // from the issuer's start — measured from the left, so the date's own width (digits, the spaces
  // a word processor puts between digits and 年月日) does not move its first character.
  if (dateWidth + 2 <= issuerWidth) return [line(issuer, { right: 2 }, LINE), line(date, { left: CHARS_PER_LINE - issuerWidth }, 0)];
  const dateStart = Math.max(0, CHARS_PER_LINE - 2 - dateWidth);
  return [line(issuer, { left: Math.max(0, dateStart - 2) }, LINE), line(date, { right: 2 }, 0)];
}

/** An attachment begins a new page: "附件1" in 黑体 top left, its title centred on the third line. */
export function attachmentHeading(label: string, title: string): Paragraph[] {
  return [
    new Paragraph({
      pageBreakBefore: true,
      spacing: { line: LINE, lineRule: LineRuleType.EXACT },
      children: [bodyRun(label, FONTS.heading)],
    }),
    new Paragraph({
      style: OFF_GRID,
      alignment: AlignmentType.CENTER,
      spacing: { before: LINE, after: LINE / 2, line: 700, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: title, font: FONTS.title, size: SIZES.title })],
    }),
  ];
}

/** One character of 四号 (14 pt), the 版记's size. */
const RECORD_CHAR = 280;
/** Lines of 抄送 (31 characters of 四号 a line, after "抄送：") and 印发, each 20 pt plus the cells' margins. */
function recordHeight(copy: string): number {
  const copyLines = copy ? Math.ceil((textWidthInChars(copy) + 4) / 30) : 0;
  return (copyLines + 1) * 400 + (copy ? 2 : 1) * 80 + 40;
}

const THICK = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
const THIN = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

/**
 * 版记: 抄送 (one character in on each side, continuation lines under the first name, a full stop at
 * the end) and 印发机关 (one character in) with 印发日期 (one character from the right) + 印发, in 四号
 * 仿宋, between a thick first line, a thin line between them and a thick last line that lies on the
 * type area's bottom edge: the table floats to the foot of the last page.
 */
export function recordTable(copyTo: string, printer: string, printDate: string): Table {
  // 印发机关 and 印发日期 share one line of 31 characters of 四号: the date's cell is as wide as
  // "2024年7月10日印发" needs, with room for the spaces word processors put between digits and 年月日;
  // a long 印发机关 (18 characters and more) is condensed by 0.5 pt rather than broken.
  const dateWidth = textWidthInChars(printDate) + 2 + 4.5;
  const isCondensed = textWidthInChars(printer) + 1 + dateWidth > 31;
  const charTwips = isCondensed ? RECORD_CHAR - 10 : RECORD_CHAR;
  const dateColumn = Math.round(dateWidth * charTwips);
  const printerColumn = TYPE_WIDTH - dateColumn;
  const run = (text: string, isPrintLine = false) =>
    new TextRun({ text, font: FONTS.body, size: SIZES.record, ...(isPrintLine && isCondensed ? { characterSpacing: -10 } : {}) });
  const paragraph = (
    text: string,
    options: { alignment?: 'left' | 'right'; indent?: { left?: number; right?: number; hanging?: number }; isPrintLine?: boolean },
  ) =>
    new Paragraph({
      style: OFF_GRID,
      alignment: options.alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: { line: 400, lineRule: LineRuleType.EXACT },
      indent: options.indent,
      children: [run(text, options.isPrintLine)],
    });
  const margins = { left: 0, right: 0, top: 40, bottom: 40 };
  const rows: TableRow[] = [];
  const copy = copyTo.trim().replace(/[。．.]$/, '');
  if (copy)
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: 2,
            width: { size: TYPE_WIDTH, type: WidthType.DXA },
            margins,
            children: [paragraph(`抄送：${copy}。`, { indent: { left: 4 * RECORD_CHAR, right: RECORD_CHAR, hanging: 3 * RECORD_CHAR } })],
          }),
        ],
      }),
    );
  rows.push(
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: printerColumn, type: WidthType.DXA },
          margins,
          children: [paragraph(printer, { indent: { left: RECORD_CHAR }, isPrintLine: true })],
        }),
        new TableCell({
          width: { size: TYPE_WIDTH - printerColumn, type: WidthType.DXA },
          margins,
          children: [paragraph(`${printDate}印发`, { alignment: 'right', indent: { right: RECORD_CHAR }, isPrintLine: true })],
        }),
      ],
    }),
  );
  return new Table({
    width: { size: TYPE_WIDTH, type: WidthType.DXA },
    columnWidths: [printerColumn, TYPE_WIDTH - printerColumn],
    layout: TableLayoutType.FIXED,
    float: {
      horizontalAnchor: TableAnchorType.MARGIN,
      verticalAnchor: TableAnchorType.PAGE,
      relativeHorizontalPosition: RelativeHorizontalPosition.CENTER,
      // A position rather than "bottom", which LibreOffice does not place: the table's height is known
      // (its lines are exact), so its top is that far above the type area's bottom edge.
      absoluteVerticalPosition: mm(37 + 225) - recordHeight(copy),
    },
    borders: { top: THICK, bottom: THICK, left: NO_BORDER, right: NO_BORDER, insideHorizontal: THIN, insideVertical: NO_BORDER },
    rows,
  });
}
