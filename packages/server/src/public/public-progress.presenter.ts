import type { ItemSchedule } from '../schedule/item-schedules.js';
import type { PublicAreaRow, PublicIndicatorRow, PublicItemRow } from './public-progress.repository.js';

/** Only what the public may read of a schedule: the status and its reason, not planned/actual internals. */
function presentStatus(schedule: ItemSchedule | undefined) {
  if (!schedule) return null;
  return { status: schedule.status, statusLabel: schedule.statusLabel, colour: schedule.colour, reasonZh: schedule.reasonZh, reasonEn: schedule.reasonEn };
}

export function presentPublicArea(area: PublicAreaRow) {
  return { id: area.id, code: area.code, numeral: area.numeral, title: area.title };
}

export function presentPublicItem(item: PublicItemRow, schedule: ItemSchedule | undefined) {
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

export function presentPublicIndicator(indicator: PublicIndicatorRow, schedule: ItemSchedule | undefined) {
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
