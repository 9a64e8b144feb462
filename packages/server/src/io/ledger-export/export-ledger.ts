import { formatPeriodZh, parsePeriod, SCHEDULE_STATUS_LABELS_ZH, todayInShanghai } from '@plantrack/domain';
import type { ScheduleStatus } from '@plantrack/domain';
import { recordAudit } from '../../audit/audit.service.js';
import { canSeeContacts } from '../../auth/policies.js';
import { defaultPeriod } from '../../schedule/default-period.js';
import { scheduleOfItems } from '../../schedule/item-schedules.js';
import type { Db } from '../../db/database.js';
import { filterItems, findItemPage } from '../../items/items.repository.js';
import type { ItemFilter } from '../../items/items.repository.js';
import { presentItem } from '../../items/items.presenter.js';
import { itemFilterOf } from '../../items/items.service.js';
import { findDepartmentById } from '../../organisation/departments.repository.js';
import { getCurrentPlan } from '../../plan/plans.service.js';
import type { PlanRow } from '../../plan/plans.service.js';
import { AppError } from '../../shared/app-error.js';
import type { DownloadFile } from '../download.js';
import { CONTENT_TYPES } from '@plantrack/contract/shared.contract';
import { safeFileName } from '../download.js';
import type { IoCaller } from '../io-caller.js';
import { DEFAULT_MAX_ROWS, writeLedgerCsv, writeLedgerWorkbook } from '../ledger-xlsx/index.js';
import type { LedgerKind, LedgerRow } from '../ledger-xlsx/index.js';
import * as repo from './ledger-export.repository.js';
import { ledgerRowOfItem } from './ledger-row-of-item.js';

export interface LedgerExportRequest {
  ledger: LedgerKind;
  /** Id, full name, short name or alias. */
  department?: string | undefined;
  leader?: number | undefined;
  area?: string | undefined;
  status?: ScheduleStatus | undefined;
  /** The quarter the status is computed for (default: the current one). */
  asOf?: string | undefined;
  format: 'xlsx' | 'csv';
}

/**
 * A ledger, whole or filtered, as .xlsx in the layout the importer reads back (or as CSV). A department
 * gets only the items it leads or co-operates on, as on its screens. The export is audited: the file
 * leaves the system with names and phone numbers in it.
 */
export async function exportLedger(db: Db, caller: IoCaller, request: LedgerExportRequest): Promise<DownloadFile & { itemCount: number }> {
  const { actor } = caller;
  const plan = await getCurrentPlan(db, actor);
  const ledger = await repo.findLedgerOfPlan(db, plan.id, request.ledger);
  if (!ledger) throw new AppError('UNKNOWN_REFERENCE', { field: 'ledger', value: request.ledger });
  const period = request.asOf ?? defaultPeriod(plan);
  const filter = await itemFilterOf(db, actor, plan, { ledger: request.ledger, area: request.area, department: request.department, leader: request.leader });
  if (request.status) {
    const schedules = await scheduleOfItems(db, actor, plan, filterItems(db, filter), period);
    filter.itemIds = [...schedules].filter(([, schedule]) => schedule.status === request.status).map(([id]) => id);
  }
  const rows = await buildLedgerRows(db, caller, filter);
  const years = [...new Set([...rows.flatMap((row) => row.quarterlyPlans.map((p) => Number(p.period.slice(0, 4)))), parsePeriod(period).year])].sort();
  const labels = await filterLabels(db, actor.organisationId, request, filter, period);
  const today = todayInShanghai();
  const note = [`导出时间：${today}`, labels.length > 0 ? `筛选：${labels.join('；')}` : null, plan.isSample ? sampleNote(plan) : null]
    .filter(Boolean)
    .join('　');
  const content =
    request.format === 'csv'
      ? writeLedgerCsv({ kind: request.ledger, rows, years })
      : await writeLedgerWorkbook({ kind: request.ledger, title: ledger.name, rows, years, note });
  await recordAudit(db, caller.audit, {
    action: 'ledger.export',
    entityType: 'ledger',
    entityId: ledger.id,
    after: { ledger: request.ledger, format: request.format, filter: labels, itemCount: rows.length },
  });
  const suffix = labels.length > 0 ? `_${labels.map((label) => label.split('：')[1]).join('_')}` : '';
  return {
    content,
    fileName: `${safeFileName(`${ledger.name}${suffix}`)}_${today}.${request.format}`,
    asciiFileName: `ledger-${request.ledger}-${today}.${request.format}`,
    contentType: CONTENT_TYPES[request.format],
    itemCount: rows.length,
  };
}

/** Items in ledger order: unassigned items first, so no area row above them claims them on re-import. */
async function buildLedgerRows(db: Db, caller: IoCaller, filter: ItemFilter): Promise<LedgerRow[]> {
  const items = await findItemPage(db, filter, 'code', false, DEFAULT_MAX_ROWS, 0);
  const [plans, indicators, targets] = await Promise.all([
    repo.findQuarterlyPlansForExport(db, filter),
    repo.findIndicatorsForExport(db, filter),
    repo.findYearlyTargetsForExport(db, filter),
  ]);
  const showPhone = canSeeContacts(caller.actor);
  const plansOf = groupByItem(plans);
  const targetsOf = groupByItem(targets);
  const indicatorOf = new Map(indicators.map((indicator) => [indicator.itemId, indicator]));
  const ordered = [...items.filter((item) => item.areaId === null), ...items.filter((item) => item.areaId !== null)];
  return ordered.map((item) => {
    const presented = presentItem(item, caller.actor, { showPhone });
    return ledgerRowOfItem(presented, {
      quarterlyPlans: plansOf.get(item.id) ?? [],
      indicator: indicatorOf.get(item.id) ?? null,
      yearlyTargets: targetsOf.get(item.id) ?? [],
    });
  });
}

function groupByItem<T extends { itemId: number }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(row.itemId, [...(groups.get(row.itemId) ?? []), row]);
  return groups;
}

/** "责任单位：市科技局" … for the note row, the audit and the file name. */
async function filterLabels(db: Db, organisationId: number, request: LedgerExportRequest, filter: ItemFilter, period: string): Promise<string[]> {
  const labels: string[] = [];
  if (filter.departmentId !== undefined) {
    const department = await findDepartmentById(db, organisationId, filter.departmentId);
    labels.push(`责任单位：${department?.shortName ?? request.department}`);
  }
  if (request.leader !== undefined) labels.push(`牵头市领导：${(await repo.findPersonName(db, organisationId, request.leader)) ?? request.leader}`);
  if (request.area !== undefined) labels.push(`领域：${request.area}`);
  if (request.status !== undefined) labels.push(`${formatPeriodZh(period)}状态：${SCHEDULE_STATUS_LABELS_ZH[request.status]}`);
  return labels;
}

function sampleNote(plan: PlanRow): string {
  return `示例数据，非真实台账${plan.sampleNotice ? `（${plan.sampleNotice.slice(0, 60)}…）` : ''}`;
}
