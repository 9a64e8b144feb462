import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';

/**
 * The layout of a Chinese official document (党政机关公文格式, GB/T 9704-2012) in docx terms:
 * A4, margins top 37 mm / bottom 35 mm / left 28 mm / right 26 mm; title in 方正小标宋简体 二号;
 * body in 仿宋 三号 (16 pt), 22 lines a page; first-level headings in 黑体, second-level in 楷体.
 * Word measures in twips (1/1440 inch) and font sizes in half-points.
 */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

export const PAGE = {
  size: { width: mm(210), height: mm(297) },
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(28) },
};

export const FONTS = { title: '方正小标宋简体', body: '仿宋', heading: '黑体', subheading: '楷体', pageNumber: '宋体' } as const;
/** 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt — in half-points. */
export const SIZES = { title: 44, body: 32, pageNumber: 28, table: 24 } as const;
/** 22 lines on the 225 mm type area: a fixed 29 pt line. */
const BODY_LINE = { line: 580, lineRule: LineRuleType.EXACT };
/** Two characters of the body font. */
const INDENT = { firstLine: 640 };

/**
 * Word falls back through the font table's altName when a font is missing: 方正小标宋简体 is not on
 * every machine, 宋体 is. Passed to Packer as an override of word/fontTable.xml.
 */
export const FONT_TABLE_XML = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  fontEntry(FONTS.title, '宋体', 'roman'),
  fontEntry(FONTS.body, '仿宋_GB2312', 'modern'),
  fontEntry(FONTS.heading, 'SimHei', 'modern'),
  fontEntry(FONTS.subheading, '楷体_GB2312', 'modern'),
  fontEntry(FONTS.pageNumber, 'SimSun', 'auto'),
  '</w:fonts>',
].join('');

function fontEntry(name: string, altName: string, family: string): string {
  return `<w:font w:name="${name}"><w:altName w:val="${altName}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="fixed"/></w:font>`;
}

export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 580 },
    children: [new TextRun({ text, font: FONTS.title, size: SIZES.title })],
  });
}

export function bodyParagraph(text: string, options: { isIndented?: boolean; alignment?: 'left' | 'right' | 'center' } = {}): Paragraph {
  const alignment = { left: AlignmentType.BOTH, right: AlignmentType.RIGHT, center: AlignmentType.CENTER }[options.alignment ?? 'left'];
  return new Paragraph({
    alignment,
    spacing: BODY_LINE,
    indent: options.isIndented === false ? undefined : INDENT,
    children: [new TextRun({ text, font: FONTS.body, size: SIZES.body })],
  });
}

/** "一、总体进展" — 黑体, indented like the body. */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({ spacing: BODY_LINE, indent: INDENT, keepNext: true, children: [new TextRun({ text, font: FONTS.heading, size: SIZES.body })] });
}

/** A notice in bold 黑体, e.g. that the document is built from sample data. */
export function noticeParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: BODY_LINE,
    children: [new TextRun({ text, font: FONTS.heading, size: SIZES.body, bold: true, color: 'C00000' })],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * A table in 仿宋 小四 (the body size would fit too few characters on A4), header row in 黑体 and
 * repeated on every page. `widths` are shares of the type area's width, in percent.
 */
export function officialTable(headers: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[]): Table {
  const cell = (text: string, isHeader: boolean, width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60, top: 30, bottom: 30 },
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            alignment: isHeader ? AlignmentType.CENTER : AlignmentType.LEFT,
            spacing: { line: 320, lineRule: LineRuleType.AT_LEAST },
            children: [new TextRun({ text: line, font: isHeader ? FONTS.heading : FONTS.body, size: SIZES.table })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((text, i) => cell(text, true, widths[i] ?? 10)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, false, widths[i] ?? 10)) })),
    ],
  });
}
