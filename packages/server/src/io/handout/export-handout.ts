import { formatPeriodZh, SCHEDULE_STATUS_LABELS_ZH, todayInShanghai } from '@plantrack/domain';
import { recordAudit } from '../../audit/audit.service.js';
import { defaultPeriod } from '../../schedule/default-period.js';
import { scheduleOfItems } from '../../schedule/item-schedules.js';
import type { Db } from '../../db/database.js';
import type { ItemFilter } from '../../items/items.repository.js';
import { filterItems, findItemPage } from '../../items/items.repository.js';
import { itemFilterOf } from '../../items/items.service.js';
import { findDepartmentById } from '../../organisation/departments.repository.js';
import { getCurrentPlan } from '../../plan/plans.service.js';
import type { DownloadFile } from '../download.js';
import { CONTENT_TYPES } from '@plantrack/contract/shared.contract';
import { safeFileName } from '../download.js';
import type { IoCaller } from '../io-caller.js';
import { findPersonName } from '../ledger-export/ledger-export.repository.js';
import { DEFAULT_MAX_ROWS } from '../ledger-xlsx/index.js';
import { groupHandoutRows } from './group-handout-rows.js';
import { findLedgerName, findQuarterFacts } from './handout.repository.js';
import type { HandoutGrouping, HandoutQuery } from '@plantrack/contract/io/exports.contract';
import { presentHandoutRow } from './present-handout-row.js';
import { writeHandoutWorkbook } from './write-handout-workbook.js';

export type HandoutRequest = Omit<HandoutQuery, 'groupBy'> & { groupBy?: HandoutGrouping | undefined };

/** Where the figures come from, printed under the title so nobody at the meeting has to ask. */
const SOURCE_NOTE =
  '计划进度、完成进度和推进状态与系统页面一致：完成进度取截至本季度最新审核通过的报告；进展情况、存在问题取本季度审核通过的报告，本季度尚无审核通过的报告时留空。';

/**
 * The 调度会 handout (推进情况表) for a quarter: the items the ledger page's filters select, in the
 * caller's scope (a department gets only the items it leads or co-operates on), grouped by area or by
 * 分管市领导, with the same computed status as the screens. Audited like every export.
 */
export async function exportHandout(db: Db, caller: IoCaller, request: HandoutRequest): Promise<DownloadFile & { itemCount: number }> {
  const { actor } = caller;
  const plan = await getCurrentPlan(db, actor);
  const period = request.quarter ?? defaultPeriod(plan);
  const groupBy = request.groupBy ?? 'area';
  const filter = await itemFilterOf(db, actor, plan, request);
  const [items, schedules, facts] = await Promise.all([
    findItemPage(db, filter, 'code', false, DEFAULT_MAX_ROWS, 0),
    scheduleOfItems(db, actor, plan, filterItems(db, filter), period),
    findQuarterFacts(db, filter, period),
  ]);
  const factsOf = new Map(facts.map((row) => [row.id, row]));
  const rows = items.flatMap((item) => {
    const schedule = schedules.get(item.id);
    if (!schedule || (request.status !== undefined && schedule.status !== request.status)) return [];
    return [presentHandoutRow(item, schedule, factsOf.get(item.id))];
  });
  const periodLabel = formatPeriodZh(period);
  const labels = await filterLabels(db, actor.organisationId, request, filter);
  const title = `${periodLabel}推进情况表`;
  const today = todayInShanghai();
  const note = handoutNote({ labels, groupBy, today, isSample: Boolean(plan.isSample) });
  const content = await writeHandoutWorkbook({ title, note, groups: groupHandoutRows(rows, groupBy) });
  await recordAudit(db, caller.audit, {
    action: 'handout.export',
    entityType: 'plan',
    entityId: plan.id,
    after: { quarter: period, groupBy, filter: labels, itemCount: rows.length },
  });
  const suffix = labels.length > 0 ? `_${labels.map((label) => label.split('：')[1]).join('_')}` : '';
  return {
    content,
    fileName: `${safeFileName(`${title}${suffix}`)}_${today}.xlsx`,
    asciiFileName: `handout-${period}-${today}.xlsx`,
    contentType: CONTENT_TYPES.xlsx,
    itemCount: rows.length,
  };
}

/** The line under the title: filters, grouping, where the figures come from, the date; sample data says so. */
function handoutNote(facts: { labels: readonly string[]; groupBy: HandoutGrouping; today: string; isSample: boolean }): string {
  return [
    facts.isSample ? '示例数据，非真实台账' : null,
    facts.labels.length > 0 ? `筛选：${facts.labels.join('；')}` : null,
    `分组：${facts.groupBy === 'area' ? '按领域' : '按分管市领导'}`,
    SOURCE_NOTE,
    `导出时间：${facts.today}`,
  ]
    .filter(Boolean)
    .join('　');
}

/** "牵头单位：市科技局" … for the note row, the audit and the file name. */
async function filterLabels(db: Db, organisationId: number, request: HandoutRequest, filter: ItemFilter): Promise<string[]> {
  const labels: string[] = [];
  if (filter.ledgerKind !== undefined) {
    labels.push(`台账：${(await findLedgerName(db, filter.planId, filter.ledgerKind)) ?? filter.ledgerKind}`);
  }
  if (filter.departmentId !== undefined) {
    const department = await findDepartmentById(db, organisationId, filter.departmentId);
    labels.push(`责任单位：${department?.shortName ?? request.department}`);
  }
  if (request.leader !== undefined) labels.push(`分管市领导：${(await findPersonName(db, organisationId, request.leader)) ?? request.leader}`);
  if (request.area !== undefined) labels.push(`领域：${request.area}`);
  if (request.status !== undefined) labels.push(`状态：${SCHEDULE_STATUS_LABELS_ZH[request.status]}`);
  if (request.q) labels.push(`关键词：${request.q}`);
  if (request.chain === 'incomplete') labels.push('责任链：不完整');
  return labels;
}
