import type { ChainLink, LedgerKind, PilotLevel, PilotStage } from '@plantrack/contract/enums';
import type { Item, Responsibility } from '@plantrack/contract/items/items.contract';
import type { Actor } from '../auth/actor.js';
import { decryptField } from '../shared/field-crypto.js';
import { maskPhone } from '../shared/mask.js';
import { itemPolicies } from './items.policies.js';
import type { ItemListRow } from './items.repository.js';
import type { ItemSchedule } from '../schedule/item-schedules.js';

export interface CoDepartment {
  id: number;
  name: string;
  shortName: string;
}

const CHAIN_LINKS_ZH: Record<ChainLink, string> = { leader: '分管市领导', leadDepartment: '牵头部门', section: '具体科室', staff: '工作人员' };

/** The staff phone arrives as stored, SM4-encrypted (shared/field-crypto.ts); it is decrypted only here. */
function presentPhone(stored: string | null, showPhone: boolean): string | null {
  const phone = decryptField(stored);
  return showPhone ? phone : maskPhone(phone);
}

/** "Who is answerable for this?" — and, when the answer has holes, exactly which ones. */
function presentResponsibility(row: ItemListRow, showPhone: boolean): Responsibility {
  const gaps: ChainLink[] = [];
  if (row.leaderPersonId === null) gaps.push('leader');
  if (row.leadDepartmentId === null) gaps.push('leadDepartment');
  if (row.sectionId === null) gaps.push('section');
  if (row.staffPersonId === null) gaps.push('staff');
  return {
    leader: row.leaderPersonId === null ? null : { id: row.leaderPersonId, name: row.leaderName, title: row.leaderTitle },
    leadDepartment:
      row.leadDepartmentId === null
        ? null
        : { id: row.leadDepartmentId, name: row.leadDepartmentName, shortName: row.leadDepartmentShortName, source: row.leadDepartmentSource },
    coDepartments: (JSON.parse(row.coDepartmentsJson) as CoDepartment[]).sort((a, b) => a.id - b.id),
    section: row.sectionId === null ? null : { id: row.sectionId, name: row.sectionName },
    staff: row.staffPersonId === null ? null : { id: row.staffPersonId, name: row.staffName, phone: presentPhone(row.staffPhone, showPhone) },
    isComplete: gaps.length === 0,
    gaps,
    gapsZh: gaps.length === 0 ? null : `责任链不完整：缺${gaps.map((g) => CHAIN_LINKS_ZH[g]).join('、')}`,
  };
}

/** The item as the API shows it, with its computed status when the caller has one (lists, the item page). */
export function presentItem(row: ItemListRow, actor: Actor, options: { showPhone: boolean; schedule?: ItemSchedule | null }): Item {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    measures: row.measures,
    targets: row.targets,
    yearKeyWork: row.yearKeyWork,
    deadlineText: row.deadlineText,
    deadline: row.deadline,
    startDate: row.startDate,
    sourceClause: row.sourceClause,
    provinceText: row.provinceText,
    citySource: row.citySource,
    remarks: row.remarks,
    area: row.areaId === null ? null : { id: row.areaId, code: row.areaCode, numeral: row.areaNumeral, title: row.areaTitle },
    ledgers: JSON.parse(row.ledgerKindsJson) as LedgerKind[],
    responsibility: presentResponsibility(row, options.showPhone),
    // Level and stage are written only from the API's enumerations (the item form, the import, the review).
    pilot:
      row.pilotLevel === null && row.pilotStage === null
        ? null
        : { level: row.pilotLevel as PilotLevel | null, stage: row.pilotStage as PilotStage | null, stageDate: row.pilotStageDate },
    isPublic: row.isPublic === 1,
    isSample: row.isSample === 1,
    dataSource: row.dataSource,
    version: row.version,
    updatedAt: row.updatedAt,
    policies: itemPolicies(actor),
    schedule: options.schedule ?? null,
  };
}

export type PresentedItem = ReturnType<typeof presentItem>;
