import type { LedgerKind } from './ledger-row.js';

/**
 * The fixed (non-quarter) columns a ledger may have: what the export writes and which header texts
 * the import recognises for each. One catalogue for both directions, so whatever we export we can
 * read back. Quarter and yearly-target columns are dynamic and handled in match-header.ts.
 */
export type ColumnField =
  | 'code'
  | 'title'
  | 'sourceClause'
  | 'provinceText'
  | 'citySource'
  | 'unit'
  | 'baselineYear'
  | 'baselineValue'
  | 'provinceTarget'
  | 'stretchTarget'
  | 'target'
  | 'pilotLevel'
  | 'pilotStage'
  | 'measures'
  | 'targets'
  | 'yearKeyWork'
  | 'leaderName'
  | 'leadDepartments'
  | 'coDepartments'
  | 'section'
  | 'staffName'
  | 'staffPhone'
  | 'deadline'
  | 'remarks';

export interface ColumnSpec {
  field: ColumnField;
  /** Header the export writes, per kind where it differs. */
  label: string;
  labelByKind?: Partial<Record<LedgerKind, string>>;
  /** Header texts recognised on import, after header normalisation (see normaliseHeader). */
  synonyms: readonly string[];
  /** Last resort when no synonym matches exactly, e.g. "牵头单位及责任人". */
  loosePattern?: RegExp;
  /** Ledgers whose import recognises this column; all when absent. */
  kinds?: readonly LedgerKind[];
  /** Ledgers whose export always writes the column; other ledgers only when some row has a value. */
  exportedFor: readonly LedgerKind[];
  width: number;
}

const ALL: readonly LedgerKind[] = ['master', 'province_key_tasks', 'key_indicators', 'pilots', 'innovations'];
const TASKS: readonly LedgerKind[] = ['master', 'province_key_tasks', 'pilots', 'innovations'];

/** In export order. Kind-restricted specs come before general ones so "目标" means the indicator target there. */
export const COLUMN_SPECS: readonly ColumnSpec[] = [
  { field: 'code', label: '编号', synonyms: ['序号', '编号', '任务编号', '条目编号', '指标编号', '代码', '编码', '序列号'], exportedFor: ALL, width: 8 },
  {
    field: 'sourceClause',
    label: '省行动计划条款',
    synonyms: [
      '省行动计划条款',
      '对应省计划任务',
      '对应省行动计划任务',
      '对应省行动计划条款',
      '对应省计划条款',
      '省计划条款',
      '省行动计划任务',
      '对应省行动计划',
    ],
    loosePattern: /对应省|省.*条款/,
    exportedFor: ['province_key_tasks'],
    width: 20,
  },
  {
    field: 'provinceText',
    label: '省行动计划内容',
    synonyms: ['省行动计划内容', '省计划内容', '省行动计划原文', '省行动计划表述', '省行动计划明确内容', '省行动计划相关内容', '涉及我市内容', '省定任务内容'],
    exportedFor: ['province_key_tasks'],
    width: 36,
  },
  {
    field: 'title',
    label: '重点任务',
    labelByKind: { key_indicators: '指标名称', pilots: '试点示范名称', innovations: '创新性工作' },
    synonyms: [
      '重点任务',
      '工作任务',
      '任务内容',
      '任务名称',
      '主要任务',
      '重点工作任务',
      '具体任务',
      '任务',
      '工作内容',
      '工作事项',
      '事项',
      '重点任务名称',
      '指标名称',
      '指标',
      '试点名称',
      '试点示范名称',
      '试点示范项目',
      '试点示范',
      '创新性工作',
      '创新性工作名称',
      '创新工作',
      '工作名称',
    ],
    exportedFor: ALL,
    width: 30,
  },
  {
    field: 'citySource',
    label: '创新性工作来源',
    synonyms: ['创新性工作来源', '来源', '任务来源', '工作来源', '出处', '来源依据'],
    exportedFor: ['innovations'],
    width: 20,
  },
  { field: 'unit', label: '单位', synonyms: ['单位', '计量单位', '指标单位'], kinds: ['key_indicators'], exportedFor: ['key_indicators'], width: 10 },
  {
    field: 'baselineYear',
    label: '基期年',
    synonyms: ['基期年', '基期年份', '基准年', '基准年份'],
    kinds: ['key_indicators'],
    exportedFor: ['key_indicators'],
    width: 8,
  },
  {
    field: 'baselineValue',
    label: '基期值',
    synonyms: ['基期值', '基数', '基期数值', '基期数', '基准值', '现状值', '基期水平', '基期'],
    kinds: ['key_indicators'],
    exportedFor: ['key_indicators'],
    width: 10,
  },
  {
    field: 'provinceTarget',
    label: '省定目标',
    synonyms: ['省定目标', '省目标', '省定目标值', '省目标值', '省下达目标', '全省目标', '省行动计划目标'],
    kinds: ['key_indicators'],
    exportedFor: ['key_indicators'],
    width: 10,
  },
  {
    field: 'stretchTarget',
    label: '冲击目标',
    synonyms: ['冲刺目标', '冲击目标', '我市冲击目标', '冲刺目标值', '冲击目标值', '争取目标', '奋斗目标'],
    kinds: ['key_indicators'],
    exportedFor: ['key_indicators'],
    width: 10,
  },
  {
    field: 'target',
    label: '目标值',
    synonyms: ['目标值', '目标', '我市目标', '我市目标值', '市定目标', '市目标', '规划目标', '预期目标值'],
    kinds: ['key_indicators'],
    exportedFor: ['key_indicators'],
    width: 12,
  },
  {
    field: 'pilotLevel',
    label: '试点级别',
    synonyms: ['试点级别', '级别', '创建级别', '试点层级', '层级', '申报级别'],
    kinds: ['pilots'],
    exportedFor: ['pilots'],
    width: 10,
  },
  {
    field: 'pilotStage',
    label: '创建进度',
    synonyms: ['创建进度', '进展阶段', '当前阶段', '推进阶段', '创建阶段', '所处阶段', '阶段', '进度', '状态', '当前状态', '创建状态', '申报进度'],
    kinds: ['pilots'],
    exportedFor: ['pilots'],
    width: 10,
  },
  {
    field: 'measures',
    label: '工作措施',
    synonyms: ['工作措施', '主要措施', '具体措施', '推进措施', '落实措施', '落实举措', '工作举措', '具体举措', '主要举措', '推进举措', '措施', '举措'],
    loosePattern: /措施|举措/,
    exportedFor: TASKS,
    width: 40,
  },
  { field: 'targets', label: '目标任务', synonyms: ['目标任务', '工作目标', '预期目标', '目标要求', '任务目标', '目标'], exportedFor: TASKS, width: 36 },
  {
    field: 'yearKeyWork',
    label: '年度重点工作',
    synonyms: ['年度重点工作', '当年重点工作', '重点工作', '年度工作重点', '年度工作任务'],
    exportedFor: [],
    width: 36,
  },
  {
    field: 'leaderName',
    label: '牵头市领导',
    synonyms: ['牵头市领导', '分管市领导', '责任市领导', '联系市领导', '包保市领导', '市领导', '牵头领导', '分管领导', '责任领导'],
    loosePattern: /市领导/,
    exportedFor: ALL,
    width: 10,
  },
  {
    field: 'leadDepartments',
    label: '责任单位',
    synonyms: ['责任单位', '牵头单位', '责任部门', '牵头部门', '牵头责任单位', '牵头责任部门', '主责单位', '主责部门', '责任主体', '市直牵头部门'],
    loosePattern: /牵头.*(单位|部门)|责任(单位|部门)/,
    exportedFor: ALL,
    width: 14,
  },
  {
    field: 'coDepartments',
    label: '配合单位',
    synonyms: ['配合单位', '配合部门', '协同单位', '协同部门', '参与单位', '协办单位', '配合责任单位', '责任配合单位'],
    loosePattern: /配合|协同|协办/,
    exportedFor: ALL,
    width: 14,
  },
  {
    field: 'section',
    label: '具体科室',
    synonyms: ['具体科室', '责任科室', '承办科室', '具体承办科室', '牵头科室', '科室'],
    loosePattern: /科室/,
    exportedFor: [],
    width: 12,
  },
  { field: 'staffName', label: '联系人', synonyms: ['联系人', '具体负责人', '经办人', '责任人', '具体联系人', '科室负责人'], exportedFor: [], width: 10 },
  { field: 'staffPhone', label: '联系电话', synonyms: ['联系电话', '电话', '联系方式', '手机', '办公电话'], loosePattern: /电话/, exportedFor: [], width: 14 },
  {
    field: 'deadline',
    label: '完成时限',
    synonyms: ['完成时限', '时间节点', '完成时间', '时限要求', '完成期限', '时限', '完成时限要求', '计划完成时间'],
    loosePattern: /时限|时间节点|完成时间|完成期限/,
    exportedFor: TASKS,
    width: 12,
  },
  { field: 'remarks', label: '备注', synonyms: ['备注', '说明', '备注说明'], exportedFor: ALL, width: 12 },
];

export function labelFor(spec: ColumnSpec, kind: LedgerKind): string {
  return spec.labelByKind?.[kind] ?? spec.label;
}

/** Header text as compared: NFKC, no spaces, no notes in brackets ("完成时限（年月）"), no marks. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\([^)]*\)|【[^】]*】|\[[^\]]*\]/g, '')
    .replace(/[\s*:：]/g, '');
}

export function findColumnSpec(header: string, kind: LedgerKind, options = { allowLoose: true }): ColumnSpec | null {
  const usable = COLUMN_SPECS.filter((spec) => spec.kinds === undefined || spec.kinds.includes(kind));
  const exact = usable.find((spec) => spec.synonyms.includes(header)) ?? null;
  if (exact || !options.allowLoose) return exact;
  return usable.find((spec) => spec.loosePattern?.test(header) === true) ?? null;
}
