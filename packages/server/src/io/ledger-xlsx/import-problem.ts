import type { ImportProblemCode } from '@plantrack/contract/io/imports.contract';
import { excelSerialDate } from './parse-deadline.js';

/**
 * Everything wrong with an imported file, each tied to a sheet, row and column so the office can fix
 * its spreadsheet. Codes are stable (the client may translate or filter by them); the messages say
 * in plain words what is wrong and what was expected, without repeating the location.
 */
export type { ImportProblemCode };

export interface ImportProblem {
  /** Worksheet name; null for problems with the file as a whole. */
  sheet: string | null;
  /** 1-based row as Excel shows it; null when the problem is not in one row. */
  row: number | null;
  /** Column letter as Excel shows it ("G"); null when not in one column. */
  column: string | null;
  /** The LedgerRow field concerned, when there is one. */
  field: string | null;
  code: ImportProblemCode;
  messageZh: string;
  messageEn: string;
}

/** What a message may mention: the column's header as written, the offending value, a limit. */
export interface ProblemContext {
  header?: string;
  value?: string;
  detail?: string;
  /** A row that repeats another: both are named in the message (the other's sheet when it differs). */
  pair?: { row: number; otherRow: number; otherSheet: string | null };
}

type MessagePair = { zh: string; en: string };
const q = (text: string | undefined): string => `“${text ?? ''}”`;
const bothRowsZh = (pair: ProblemContext['pair']): string => `第${pair?.row}行与${pair?.otherSheet ? `工作表${q(pair.otherSheet)}` : ''}第${pair?.otherRow}行`;
const bothRowsEn = (pair: ProblemContext['pair']): string =>
  `Row ${pair?.row} and row ${pair?.otherRow}${pair?.otherSheet ? ` of sheet "${pair.otherSheet}"` : ''}`;

const MESSAGES = {
  EMPTY_FILE: () => ({ zh: '文件是空的（0字节），请重新选择文件', en: 'The file is empty (0 bytes)' }),
  FILE_TOO_LARGE: (c) => ({
    zh: `文件过大（上限${c.detail}），请删除无关工作表或图片后重试`,
    en: `The file is too large (limit ${c.detail}); remove unrelated sheets or pictures`,
  }),
  NOT_XLSX_CSV: () => ({
    zh: '这是CSV文件（以逗号分隔的文本表格），系统不支持导入CSV。请在Excel或WPS中打开它，“另存为”Excel工作簿（.xlsx）后再导入',
    en: 'This is a CSV file (a table as comma-separated text); CSV import is not supported. Open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that',
  }),
  NOT_XLSX_TEXT: () => ({
    zh: '这是文本文件（如TXT，或网页、XML格式的表格——有些系统导出的“.xls”就是这种），不是Excel工作簿。请在Excel或WPS中打开它，“另存为”Excel工作簿（.xlsx）后再导入',
    en: 'This is a text file (TXT, or a table as a web page or XML, as some systems export ".xls"), not an Excel workbook. Open it in Excel or WPS, save it as .xlsx and import that',
  }),
  NOT_XLSX_OLD_XLS: () => ({
    zh: '这是旧版Excel 97-2003（.xls）文件或设置了打开密码的文件。请去掉密码，并在Excel中“另存为”Excel工作簿（.xlsx）',
    en: 'This is an old Excel 97-2003 (.xls) file or a password-protected file; remove the password and save as .xlsx',
  }),
  NOT_XLSX_OTHER_OFFICE: (c) => ({
    zh: `这是${c.detail}，不是Excel工作簿。请上传.xlsx格式的台账`,
    en: `This is a ${c.detail}, not an Excel workbook; upload the ledger as .xlsx`,
  }),
  NOT_ZIP: () => ({
    zh: '无法识别的文件（不是Excel工作簿）。请上传在Excel或WPS中保存的.xlsx文件',
    en: 'Unrecognised file (not an Excel workbook); upload an .xlsx saved by Excel or WPS',
  }),
  CORRUPT_ZIP: (c) => ({
    zh: `文件已损坏或不完整（${c.detail}），请重新保存或重新下载后再上传`,
    en: `The file is damaged or incomplete (${c.detail}); save or download it again`,
  }),
  ZIP_ENCRYPTED: () => ({
    zh: '文件内容已加密，请去掉密码保护后再上传',
    en: 'The file content is encrypted; remove the password protection',
  }),
  TOO_MANY_ENTRIES: (c) => ({
    zh: `文件内部部件过多（上限${c.detail}个），不像正常的台账工作簿`,
    en: `The file has too many internal parts (limit ${c.detail}); it does not look like a ledger workbook`,
  }),
  UNCOMPRESSED_TOO_LARGE: (c) => ({
    zh: `文件解压后过大（上限${c.detail}），请拆分台账或删除图片后重试`,
    en: `The file is too large once unpacked (limit ${c.detail}); split the ledger or remove pictures`,
  }),
  SUSPICIOUS_COMPRESSION: () => ({
    zh: '文件的压缩比异常（疑似“压缩炸弹”），已拒绝处理',
    en: 'The file is compressed to an implausible degree (possible zip bomb) and was refused',
  }),
  MISSING_WORKBOOK_PARTS: (c) => ({
    zh: `文件缺少Excel工作簿必需的部件（${c.detail}），请在Excel中重新保存为.xlsx`,
    en: `The file lacks parts every Excel workbook has (${c.detail}); save it again as .xlsx in Excel`,
  }),
  CORRUPT_WORKBOOK: (c) => ({
    zh: `无法读取工作簿内容（${c.detail}），请在Excel中打开并重新保存后再上传`,
    en: `The workbook could not be read (${c.detail}); open and save it again in Excel`,
  }),
  EMPTY_WORKBOOK: () => ({
    zh: '工作簿中没有任何台账条目（没有工作表或表中没有数据行）',
    en: 'The workbook holds no ledger items (no worksheet, or no data rows)',
  }),
  TOO_MANY_ROWS: (c) => ({
    zh: `工作表行数过多（上限${c.detail}行），请拆分后分别导入`,
    en: `The worksheet has too many rows (limit ${c.detail}); split it and import the parts`,
  }),
  TOO_MANY_COLUMNS: (c) => ({
    zh: `工作表列数过多（上限${c.detail}列），请删除表格右侧多余的列后重试`,
    en: `The worksheet has too many columns (limit ${c.detail}); delete the unused columns on the right`,
  }),
  UNKNOWN_LAYOUT: () => ({
    zh: '找不到表头行：前15行中应有“序号”“重点任务”“责任单位”等列标题，至少要有任务名称一列',
    en: 'No header row found: the first 15 rows should hold column titles such as 序号, 重点任务, 责任单位, at least a task-name column',
  }),
  DUPLICATE_COLUMN: (c) => ({
    zh: `列${q(c.header)}与前面的列${q(c.detail)}含义相同，无法确定以哪一列为准，请删除或改名其中一列`,
    en: `Column "${c.header}" means the same as the earlier column "${c.detail}"; delete or rename one`,
  }),
  MISSING_TITLE: (c) => ({
    zh: `这一行填写了内容但${q(c.header)}是空的，每个条目都必须有任务名称`,
    en: `The row has content but "${c.header}" is empty; every item needs a title`,
  }),
  BAD_DEADLINE: (c) => {
    const serial = /^\d{5}(?:\.\d+)?$/.test(c.value ?? '') ? excelSerialDate(Number(c.value)) : null;
    if (serial !== null) {
      const [year, month, day] = serial.split('-').map(Number);
      return {
        zh: `${q(c.header)}的${q(c.value)}看起来是Excel的日期序号（${c.value}即${serial}），但单元格是文本。请把单元格格式设为“日期”，或改写为如“${year}年${month}月${day}日前”“${year}年${month}月底前”`,
        en: `"${c.header}" holds "${c.value}", which looks like an Excel date serial (${c.value} = ${serial}) stored as text; format the cell as a date, or write e.g. ${year}年${month}月底前`,
      };
    }
    return {
      zh: `${q(c.header)}无法识别：${q(c.value)}。应写成如“2023年6月底前”“2024年三季度”“2025年底”或“长期坚持”`,
      en: `"${c.header}" not understood: "${c.value}". Expected e.g. 2023年6月底前, 2024年三季度, 2025年底 or 长期坚持`,
    };
  },
  MISSING_YEAR: (c) => ({
    zh: `${q(c.header)}没有写明年份：${q(c.value)}。请写出年份（如“2023年一季度”）或在导入时指定年度`,
    en: `"${c.header}" gives no year: "${c.value}". Write the year (e.g. 2023年一季度) or choose the year when importing`,
  }),
  DUPLICATE_CODE: (c) => ({
    zh: `${bothRowsZh(c.pair)}的序号相同（都是${q(c.value)}），每个条目的序号必须唯一。若是多复制的一行请删除，否则请改正序号`,
    en: `${bothRowsEn(c.pair)} have the same code "${c.value}"; every item needs its own. Delete a copied row, or correct the code`,
  }),
  DUPLICATE_TASK: (c) => ({
    zh: `${bothRowsZh(c.pair)}的任务名称相同（${q(c.value)}），同一项任务只能列一次。若是多复制的一行请删除，若是两项不同的任务请修改名称加以区分`,
    en: `${bothRowsEn(c.pair)} name the same task "${c.value}"; a task is listed once. Delete a copied row, or give two different tasks distinct names`,
  }),
  BAD_NUMBER: (c) => ({
    zh: `${q(c.header)}应为数字（可带单位），实际为${q(c.value)}`,
    en: `"${c.header}" should be a number (a unit may follow), found "${c.value}"`,
  }),
  BAD_YEAR: (c) => ({
    zh: `${q(c.header)}应为四位年份（如2022），实际为${q(c.value)}`,
    en: `"${c.header}" should be a four-digit year (e.g. 2022), found "${c.value}"`,
  }),
  BAD_PILOT_LEVEL: (c) => ({
    zh: `${q(c.header)}应为“国家级”或“省级”，实际为${q(c.value)}`,
    en: `"${c.header}" should be 国家级 (national) or 省级 (provincial), found "${c.value}"`,
  }),
  BAD_PILOT_STAGE: (c) => ({
    zh: `${q(c.header)}应为“谋划”“申报中”“评审中”“已获批”“未获批”“已建成”之一，实际为${q(c.value)}`,
    en: `"${c.header}" should be one of 谋划, 申报中, 评审中, 已获批, 未获批, 已建成; found "${c.value}"`,
  }),
  FORMULA_WITHOUT_RESULT: (c) => ({
    zh: `${q(c.header)}是公式但文件中没有保存计算结果。请在Excel中打开、保存后再导入，或改为直接填写内容`,
    en: `"${c.header}" is a formula saved without its result; open and save the file in Excel, or type the value`,
  }),
  CELL_ERROR: (c) => ({
    zh: `${q(c.header)}显示错误值${q(c.value)}，请改正后再导入`,
    en: `"${c.header}" shows the error value "${c.value}"; correct it before importing`,
  }),
  UNKNOWN_DEPARTMENT: (c) => ({
    zh: `${q(c.header)}中的${q(c.value)}不是系统中登记的部门。应填写部门的全称、简称或别名（如“市发展改革委”或“市发改委”），或先在部门管理中添加该部门或别名`,
    en: `"${c.header}" names "${c.value}", which is not a registered department; write its full name, short name or an alias, or register it first`,
  }),
  UNKNOWN_LEADER: (c) => ({
    zh: `${q(c.header)}中的${q(c.value)}不是系统中登记的市领导。应填写一位已登记市领导的姓名（如“张三”），或先在人员管理中添加该领导`,
    en: `"${c.header}" names "${c.value}", who is not a registered city leader; write one registered leader's name, or register the leader first`,
  }),
  UNKNOWN_AREA: (c) => ({
    zh: `领域${q(c.value)}不是当前计划的重点任务领域。应为以下之一：${c.detail}`,
    en: `Area "${c.value}" is not a key task area of the current plan; expected one of: ${c.detail}`,
  }),
  SECTION_WITHOUT_DEPARTMENT: (c) => ({
    zh: `填写了${q(c.header)}${q(c.value)}，但这一行没有责任单位。科室必须属于一个责任单位，请补填责任单位`,
    en: `"${c.header}" gives "${c.value}" but the row has no lead department; a section belongs to a department`,
  }),
  NO_PROGRESS_COLUMNS: () => ({
    zh: '找不到季度进展列：应有如“2023年一季度进展情况”“2023年一季度完成比例”“2023年一季度存在问题”的列标题，或在“2023年一季度”下分列“进展情况”“完成比例”“存在问题”',
    en: 'No quarterly progress columns: expected headers such as 2023年一季度进展情况 / 完成比例 / 存在问题, or those three under a 2023年一季度 group',
  }),
  MISSING_QUARTER: (c) => ({
    zh: `${q(c.header)}没有写明季度。请在列标题、工作表名或表格标题中写明季度（如“2023年三季度”），或在导入时指定季度`,
    en: `"${c.header}" names no quarter; write it in the header, the sheet name or the title (e.g. 2023年三季度), or choose the quarter when importing`,
  }),
  PERCENT_OUT_OF_RANGE: (c) => ({
    zh: `${q(c.header)}应为0到100之间的百分比，实际为${q(c.value)}`,
    en: `"${c.header}" should be a percentage from 0 to 100, found "${c.value}"`,
  }),
  UNKNOWN_TASK: (c) => ({
    zh: `任务${q(c.value)}不是当前计划中的任务。请核对序号和任务名称与系统中一致，或先用台账导入建立该任务`,
    en: `Task "${c.value}" is not a task of the current plan; check its code and title, or import it with the ledger first`,
  }),
  QUARTER_OUTSIDE_PLAN: (c) => ({
    zh: `季度${q(c.value)}不在当前计划的年度范围内（${c.detail}）`,
    en: `Quarter "${c.value}" is outside the plan's years (${c.detail})`,
  }),
  QUARTER_CYCLE_OPEN: (c) => ({
    zh: `${q(c.value)}的报送周期仍在进行中，不能导入历史数据。请待周期关闭后导入，或选择“替换已有数据”`,
    en: `The reporting cycle of ${c.value} is still open; import after it closes, or choose to replace existing data`,
  }),
  QUARTER_ALREADY_REPORTED: (c) => ({
    zh: `任务${q(c.detail)}在${q(c.value)}已有进展报告。若要以文件为准，请选择“替换已有数据”（原报告保留为历史版本）`,
    en: `Task "${c.detail}" already has a report for ${c.value}; choose to replace existing data to take the file's (the old report is kept as a version)`,
  }),
  NOT_AN_INDICATOR: (c) => ({
    zh: `任务${q(c.value)}不是指标，不能填写本期值或省排名。请删除这两格，或先在指标台账中为其登记指标`,
    en: `Task "${c.value}" is not an indicator, so it takes no value or provincial rank; clear those cells or register its indicator first`,
  }),
} satisfies Record<ImportProblemCode, (context: ProblemContext) => MessagePair>;

export interface ProblemLocation {
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
  field?: string | null;
}

export function createProblem(code: ImportProblemCode, location: ProblemLocation = {}, context: ProblemContext = {}): ImportProblem {
  const { zh, en } = MESSAGES[code](context);
  return {
    sheet: location.sheet ?? null,
    row: location.row ?? null,
    column: location.column ?? null,
    field: location.field ?? null,
    code,
    messageZh: zh,
    messageEn: en,
  };
}
