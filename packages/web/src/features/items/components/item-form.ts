import type { Item, ItemPatchInput } from '@plantrack/contract/items/items.contract';

/** The item as the edit form holds it: text fields as strings, the chain as ids. */
export interface ItemFormValues {
  title: string;
  measures: string;
  targets: string;
  yearKeyWork: string;
  deadlineText: string;
  deadline: string | null;
  sourceClause: string;
  provinceText: string;
  citySource: string;
  remarks: string;
  isPublic: boolean;
  leaderPersonId: number | null;
  leadDepartmentId: number | null;
  coDepartmentIds: number[];
  sectionId: number | null;
  staffPersonId: number | null;
}

const TEXT_FIELDS = ['measures', 'targets', 'yearKeyWork', 'deadlineText', 'sourceClause', 'provinceText', 'citySource', 'remarks'] as const;

export function toFormValues(item: Item): ItemFormValues {
  const r = item.responsibility;
  return {
    title: item.title,
    measures: item.measures ?? '',
    targets: item.targets ?? '',
    yearKeyWork: item.yearKeyWork ?? '',
    deadlineText: item.deadlineText ?? '',
    deadline: item.deadline ?? '',
    sourceClause: item.sourceClause ?? '',
    provinceText: item.provinceText ?? '',
    citySource: item.citySource ?? '',
    remarks: item.remarks ?? '',
    isPublic: item.isPublic,
    leaderPersonId: r.leader?.id ?? null,
    leadDepartmentId: r.leadDepartment?.id ?? null,
    coDepartmentIds: r.coDepartments.map((d) => d.id),
    sectionId: r.section?.id ?? null,
    staffPersonId: r.staff?.id ?? null,
  };
}

const sameIds = (a: number[], b: number[]) => a.length === b.length && [...a].sort().every((id, i) => id === [...b].sort()[i]);

/** Only what the user changed is sent, so the history records exactly that. */
export function toItemPatch(item: Item, values: ItemFormValues): ItemPatchInput {
  const before = toFormValues(item);
  const patch: ItemPatchInput = { version: item.version };
  if (values.title.trim() !== before.title) patch.title = values.title.trim();
  for (const field of TEXT_FIELDS) {
    const next = (values[field] ?? '').trim();
    if (next !== before[field].trim()) patch[field] = next === '' ? null : next;
  }
  if ((values.deadline || '') !== before.deadline) patch.deadline = values.deadline || null;
  if (values.isPublic !== before.isPublic) patch.isPublic = values.isPublic;
  for (const field of ['leaderPersonId', 'leadDepartmentId', 'sectionId', 'staffPersonId'] as const) {
    const next = values[field] ?? null;
    if (next !== before[field]) patch[field] = next;
  }
  if (!sameIds(values.coDepartmentIds ?? [], before.coDepartmentIds)) patch.coDepartmentIds = values.coDepartmentIds ?? [];
  return patch;
}
