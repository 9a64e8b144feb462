import type { PublicArea, PublicIndicator, PublicItem, PublicStatus } from '@plantrack/contract/public/public-progress.contract';
import { SCHEDULE_STATUS_COLOURS } from '@plantrack/domain';
import type { ItemSchedule } from '../schedule/item-schedules.js';
import type { PublicAreaRow, PublicIndicatorRow, PublicItemRow } from './public-progress.repository.js';

/** Only what the public may read of a schedule: the status and its reason, not planned/actual internals. */
function presentStatus(schedule: ItemSchedule | undefined): PublicStatus | null {
  if (!schedule) return null;
  const { status, statusLabel, reasonZh, reasonEn } = schedule;
  return { status, statusLabel, colour: SCHEDULE_STATUS_COLOURS[status], reasonZh, reasonEn };
}

export function presentPublicArea(area: PublicAreaRow): PublicArea {
  return { id: area.id, code: area.code, numeral: area.numeral, title: area.title };
}

export function presentPublicItem(item: PublicItemRow, schedule: ItemSchedule | undefined): PublicItem {
  return {
    id: item.id,
    areaId: item.areaId,
    code: item.code,
    title: item.title,
    targets: item.targets,
    deadlineText: item.deadlineText,
    leadDepartment: item.leadDepartmentName,
    schedule: presentStatus(schedule),
  };
}

export function presentPublicIndicator(indicator: PublicIndicatorRow, schedule: ItemSchedule | undefined): PublicIndicator {
  return {
    id: indicator.id,
    itemId: indicator.itemId,
    name: indicator.title,
    unit: indicator.unit,
    baselineYear: indicator.baselineYear,
    baselineValue: indicator.baselineValue,
    targetYear: indicator.targetYear,
    target: indicator.target,
    schedule: presentStatus(schedule),
  };
}
