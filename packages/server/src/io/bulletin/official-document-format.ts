import {
  AlignmentType,
  BorderStyle,
  DocumentGridType,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';

/**
 * The layout of a Chinese official document (党政机关公文格式, GB/T 9704-2012) in docx terms:
 * A4; 天头 (top margin) 37 mm, 订口 (left) 28 mm, 版心 (type area) 156 × 225 mm, so right 26 mm and
 * bottom 35 mm; 22 lines of 28 characters of 三号 (16 pt) text on the type area. Word measures in twips
 * (1/1440 inch) and font sizes in half-points.
 */
export const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

/** 版心 width: 156 mm. */
export const TYPE_WIDTH = mm(156);
export const CHARS_PER_LINE = 28;
export const LINES_PER_PAGE = 22;
/** One character of the grid: 156 mm / 28 ≈ 316 twips. */
export const CHAR = TYPE_WIDTH / CHARS_PER_LINE;
/** One line of the grid: 225 mm / 22 ≈ 579 twips (28.95 pt). */
export const LINE = Math.floor(mm(225) / LINES_PER_PAGE);

export const PAGE = {
  size: { width: mm(210), height: mm(297) },
  // footer: the page number's line sits 7 mm under the type area (一字线上距版心下边缘7mm).
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(23) },
};

/**
 * The grid (文档网格: 每面22行，每行28个字): 22 lines by linePitch; charSpace states the 28 characters
 * — how much narrower than 16 pt a cell is, in 1/4096 pt: (156 mm / 28 − 16 pt) × 4096 ≈ −848. The grid
 * is of lines only, though: LibreOffice gives a 16 pt character two cells of a 15.8 pt character grid
 * (14 characters a line). The 28 characters come from the text itself, condensed by 0.25 pt
 * (BODY_CHARACTER_SPACING), which Word, WPS and LibreOffice all lay out the same way.
 */
export const GRID = {
  type: DocumentGridType.LINES,
  linePitch: LINE,
  charSpace: Math.round((TYPE_WIDTH / 20 / CHARS_PER_LINE - 16) * 4096),
};

/** The fonts as GB/T 9704 and the offices' templates name them. */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  subheading: '楷体_GB2312',
  pageNumber: '宋体',
} as const;
/** 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt — in half-points. */
export const SIZES = { title: 44, body: 32, record: 28, pageNumber: 28, table: 21 } as const;
export const RED = 'FF0000';
/** −0.25 pt (in twentieths of a point): 16 pt characters, 28 to the 156 mm line. */
export const BODY_CHARACTER_SPACING = -5;

/** Text of the body's size (三号) in the given font, condensed onto the 28-character line. */
export function bodyRun(text: string, font: string = FONTS.body, options: { color?: string; bold?: boolean } = {}): TextRun {
  return new TextRun({ text, font, size: SIZES.body, characterSpacing: BODY_CHARACTER_SPACING, ...options });
}

const BODY_LINE = { line: LINE, lineRule: LineRuleType.EXACT };
/** Two characters of the body font. */
const INDENT = { firstLine: Math.round(2 * CHAR) };

/**
 * Word falls back through the font table's altName when a font is missing: 方正小标宋简体 and the
 * _GB2312 fonts are not on every machine, 宋体, 仿宋 and 楷体 are. Passed to Packer as an override of
 * word/fontTable.xml.
 */
export const FONT_TABLE_XML = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  fontEntry(FONTS.title, '宋体', 'roman'),
  fontEntry(FONTS.body, '仿宋', 'modern'),
  fontEntry(FONTS.heading, 'SimHei', 'modern'),
  fontEntry(FONTS.subheading, '楷体', 'modern'),
  fontEntry(FONTS.pageNumber, 'SimSun', 'auto'),
  '</w:fonts>',
].join('');

/**
 * The styles part: 仿宋_GB2312 三号 by default, and OFF_GRID — paragraphs that keep their own line height
 * instead of taking whole lines of the grid (titles, tables, the chart, the 版记). Word and LibreOffice
 * both snap a paragraph to the grid's lines unless its style says otherwise.
 */
export const OFF_GRID = 'OffGrid';
export const STYLES_XML = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
  '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  '<w:docDefaults><w:rPrDefault><w:rPr>',
  `<w:rFonts w:ascii="${FONTS.body}" w:eastAsia="${FONTS.body}" w:hAnsi="${FONTS.body}" w:cs="${FONTS.body}"/>`,
  `<w:kern w:val="2"/><w:sz w:val="${SIZES.body}"/><w:szCs w:val="${SIZES.body}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>`,
  '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>',
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>',
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>',
  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${OFF_GRID}"><w:name w:val="Off Grid"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>`,
  '</w:styles>',
].join('');

function fontEntry(name: string, altName: string, family: string): string {
  return `<w:font w:name="${name}"><w:altName w:val="${altName}"/><w:charset w:val="86"/><w:family w:val="${family}"/><w:pitch w:val="fixed"/></w:font>`;
}

/** The title (标题): 二号小标宋, centred; long titles wrap onto further lines. */
export function titleParagraph(text: string, options: { linesBefore?: number; linesAfter?: number } = {}): Paragraph {
  return new Paragraph({
    style: OFF_GRID,
    alignment: AlignmentType.CENTER,
    spacing: { line: 700, lineRule: LineRuleType.EXACT, before: (options.linesBefore ?? 0) * LINE, after: (options.linesAfter ?? 1) * LINE },
    children: [new TextRun({ text, font: FONTS.title, size: SIZES.title })],
  });
}

export function bodyParagraph(
  text: string | TextRun[],
  options: {
    isIndented?: boolean;
    alignment?: 'left' | 'right' | 'center';
    rightChars?: number;
    linesBefore?: number;
    pageBreakBefore?: boolean;
    keepNext?: boolean;
  } = {},
): Paragraph {
  const alignment = { left: AlignmentType.BOTH, right: AlignmentType.RIGHT, center: AlignmentType.CENTER }[options.alignment ?? 'left'];
  const isIndented = options.isIndented ?? options.alignment === undefined;
  return new Paragraph({
    alignment,
    spacing: { ...BODY_LINE, before: (options.linesBefore ?? 0) * LINE },
    indent: { ...(isIndented ? INDENT : {}), ...(options.rightChars ? { right: Math.round(options.rightChars * CHAR) } : {}) },
    pageBreakBefore: options.pageBreakBefore,
    keepNext: options.keepNext,
    children: typeof text === 'string' ? [bodyRun(text)] : text,
  });
}

/** "一、总体情况" — 一级标题 in 黑体, indented like the body. */
export function headingParagraph(text: string): Paragraph {
  return new Paragraph({ spacing: BODY_LINE, indent: INDENT, keepNext: true, children: [bodyRun(text, FONTS.heading)] });
}

/** "（一）……" — 二级标题 in 楷体. */
export function subheadingParagraph(text: string): Paragraph {
  return new Paragraph({ spacing: BODY_LINE, indent: INDENT, keepNext: true, children: [bodyRun(text, FONTS.subheading)] });
}

/** A notice in bold 黑体, e.g. that the document is built from sample data. */
export function noticeParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: BODY_LINE,
    children: [bodyRun(text, FONTS.heading, { bold: true, color: 'C00000' })],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export { BORDER as THIN_BORDER, NO_BORDER };

export interface TableCellText {
  text: string;
  rowSpan?: number;
  alignment?: 'left' | 'center';
}

/**
 * A table in 仿宋 五号 (the body size would fit too few characters on A4), header row in 黑体 and
 * repeated on every page. `widths` are shares of the type area's width, in percent. Table text keeps
 * its own size: it neither snaps to the character grid nor to the grid's lines (exact line height).
 */
export function officialTable(headers: readonly string[], rows: readonly (readonly (string | TableCellText | null)[])[], widths: readonly number[]): Table {
  const columnWidths = widths.map((share) => Math.floor((TYPE_WIDTH * share) / 100));
  const cell = (content: string | TableCellText, isHeader: boolean, width: number) => {
    const { text, rowSpan, alignment } = typeof content === 'string' ? { text: content, rowSpan: undefined, alignment: undefined } : content;
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      rowSpan,
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 50, right: 50, top: 10, bottom: 10 },
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            style: OFF_GRID,
            alignment: isHeader || alignment === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
            spacing: { line: 250, lineRule: LineRuleType.EXACT },
            children: [new TextRun({ text: line, font: isHeader ? FONTS.heading : FONTS.body, size: SIZES.table })],
          }),
      ),
    });
  };
  return new Table({
    width: { size: TYPE_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((text, i) => cell(text, true, columnWidths[i] ?? 0)) }),
      // null: the cell is covered by a rowSpan above it.
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.flatMap((content, i) => (content === null ? [] : [cell(content, false, columnWidths[i] ?? 0)])),
          }),
      ),
    ],
  });
}
