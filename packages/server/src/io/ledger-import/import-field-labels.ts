import { formatPeriodZh } from '@plantrack/domain';

/** The preview's field keys as the ledger's own column names, for people reading a list of changes. */
const LABELS_ZH: Record<string, string> = {
  title: '名称',
  measures: '工作措施',
  targets: '目标任务',
  yearKeyWork: '年度重点工作',
  sourceClause: '省行动计划条款',
  provinceText: '省行动计划内容',
  citySource: '创新性工作来源',
  remarks: '备注',
  deadlineText: '完成时限',
  deadline: '完成时限',
  area: '领域',
  leader: '牵头市领导',
  leadDepartment: '责任单位',
  coDepartments: '配合单位',
  section: '具体科室',
  staffName: '联系人',
  staffPhone: '联系电话',
  pilotLevel: '试点级别',
  pilotStage: '创建进度',
  unit: '单位',
  baselineYear: '基期年',
  baselineValue: '基期值',
  provinceTarget: '省定目标',
  stretchTarget: '冲击目标',
  target: '目标值',
  targetQualifier: '目标值',
  targetRule: '目标值',
  ledgers: '所属台账',
};

/** `quarterlyPlans.2023Q2.milestone` → 2023年二季度推进计划; `yearlyTargets.2024` → 2024年目标. */
export function changeLabelZh(key: string): string {
  const quarter = /^quarterlyPlans\.(\d{4}Q[1-4])\./.exec(key);
  if (quarter) return `${formatPeriodZh(quarter[1] ?? '')}推进计划`;
  const year = /^yearlyTargets\.(\d{4})$/.exec(key);
  if (year) return `${year[1]}年目标`;
  return LABELS_ZH[key] ?? key;
}

/** Distinct labels of a set of changed keys, in order. */
export function changeLabelsZh(keys: readonly string[]): string[] {
  return [...new Set(keys.map(changeLabelZh))];
}
