import type { FieldChange, HistoryEntry, HistorySubject } from '@plantrack/contract/audit/item-history.contract';
import { maskPersonalData } from '../shared/personal-data.js';
import { maskEmail, maskPhone } from '../shared/mask.js';
import { shanghaiIso } from './audit-time.js';
import type { AuditRow } from './audit.repository.js';
import type { HistoryAuthor } from './item-history.repository.js';

/**
 * An audit row as the item page's history shows it: when, who (name and role), what (the action) and
 * which fields changed, before → after, as text. Only fields people recognise are kept (no ids,
 * versions, hashes, addresses); personal data is masked, including phone numbers and e-mail addresses
 * typed into free text, so the history never shows one in clear.
 */

type Flat = Record<string, string | null>;
type Snapshot = Record<string, unknown>;

const SUBJECT_OF: Record<string, HistorySubject> = {
  progress_report: 'report',
  indicator: 'indicator',
  indicator_value: 'indicator_value',
  supervision_order: 'supervision_order',
  extension_request: 'extension_request',
  evidence_file: 'evidence',
};

const ITEM_TEXT_FIELDS = [
  'code',
  'title',
  'measures',
  'targets',
  'yearKeyWork',
  'deadlineText',
  'deadline',
  'startDate',
  'sourceClause',
  'provinceText',
  'citySource',
  'remarks',
  'dataSource',
  'pilotLevel',
  'pilotStage',
  'pilotStageDate',
  'isPublic',
] as const;

/** Which fields each kind of change shows (a field absent before is shown when it has a value after). */
const FIELDS: Record<HistorySubject, readonly string[]> = {
  item: [...ITEM_TEXT_FIELDS, 'area', 'ledgers', 'leader', 'leadDepartment', 'coDepartments', 'section', 'staff', 'staffPhone'],
  quarterly_plan: ['milestone', 'cumulativePercent', 'basis'],
  report: [
    'state',
    'progressState',
    'completionPercent',
    'progress',
    'problems',
    'nextSteps',
    'pilotStage',
    'pilotStageDate',
    'reviewComment',
    'qualityRating',
    'overrideStatus',
    'overrideReason',
  ],
  indicator: ['unit', 'direction', 'baselineYear', 'baselineValue', 'targetYear', 'target', 'provinceTarget', 'stretchTarget', 'targetRule', 'yearlyTargets'],
  indicator_value: ['state', 'value', 'provincialRank', 'note', 'reviewComment'],
  supervision_order: ['code', 'level', 'status', 'reason', 'replyBy', 'contactName', 'answer'],
  extension_request: ['status', 'currentDeadline', 'requestedDeadline', 'reason', 'decisionComment'],
  evidence: ['originalName'],
};

/** A short record of what was created: the fields that name it, not every text it carries. */
const CREATED_FIELDS: Partial<Record<string, readonly string[]>> = {
  'item.create': ['code', 'title', 'leadDepartment', 'ledgers'],
  'item.import_create': ['code', 'title', 'leadDepartment'],
};

/** Report and value transitions record only the state before; the rest of the row after is context, not change. */
const TRANSITION_FIELDS: Partial<Record<string, readonly string[]>> = {
  submit: ['state'],
  withdraw: ['state'],
  approve: ['state', 'reviewComment', 'qualityRating', 'overrideStatus', 'overrideReason'],
  return: ['state', 'reviewComment'],
};

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const LANDLINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** Free text may hold a number or an address someone typed in; it leaves masked. */
export function scrubContacts(text: string): string {
  return text
    .replace(EMAIL, (email) => maskEmail(email) ?? '')
    .replace(MOBILE, (phone) => maskPhone(phone) ?? '')
    .replace(LANDLINE, (phone) => maskPhone(phone.replace('-', '')) ?? '');
}

function parse(text: string | null): Snapshot | null {
  if (text === null) return null;
  try {
    const value = maskPersonalData(JSON.parse(text) as unknown);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Snapshot) : null;
  } catch {
    return null;
  }
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return scrubContacts(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((element) => (isRecord(element) ? asText(element.name ?? element.value ?? null) : asText(element))).filter((part) => part !== null);
    return parts.length > 0 ? parts.join('、') : null;
  }
  return null;
}

function isRecord(value: unknown): value is Snapshot {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const nameOf = (value: unknown): string | null => (isRecord(value) ? asText(value.name) : null);
const percentOf = (bp: unknown): string | null => (typeof bp === 'number' ? `${bp / 100}%` : null);

/** Keeps a key only when the snapshot has it, so "absent" (not recorded) differs from "empty". */
function put(flat: Flat, snapshot: Snapshot, key: string, field: string, value: string | null): void {
  if (key in snapshot) flat[field] = value;
}

function flattenItem(s: Snapshot): Flat {
  const flat: Flat = {};
  for (const field of ITEM_TEXT_FIELDS) put(flat, s, field, field, asText(s[field]));
  if (isRecord(s.area)) flat.area = [asText(s.area.numeral), asText(s.area.title)].filter(Boolean).join('、') || null;
  else put(flat, s, 'area', 'area', null);
  put(flat, s, 'ledgers', 'ledgers', asText(s.ledgers));
  if (isRecord(s.pilot)) {
    flat.pilotLevel = asText(s.pilot.level);
    flat.pilotStage = asText(s.pilot.stage);
    flat.pilotStageDate = asText(s.pilot.stageDate);
  } else if ('pilot' in s) {
    flat.pilotLevel = flat.pilotStage = flat.pilotStageDate = null;
  }
  const chain = s.responsibility;
  if (isRecord(chain)) {
    flat.leader = nameOf(chain.leader);
    flat.leadDepartment = nameOf(chain.leadDepartment);
    flat.coDepartments = asText(chain.coDepartments);
    flat.section = nameOf(chain.section);
    flat.staff = nameOf(chain.staff);
    flat.staffPhone = isRecord(chain.staff) ? asText(chain.staff.phone) : null;
  }
  // Imports record the chain by name at the top level.
  for (const field of ['leader', 'leadDepartment', 'coDepartments', 'section', 'staff'] as const) {
    if (field in s && !isRecord(chain)) flat[field] = asText(s[field]) ?? nameOf(s[field]);
  }
  return flat;
}

function flatten(subject: HistorySubject, s: Snapshot): Flat {
  if (subject === 'item') return flattenItem(s);
  const flat: Flat = {};
  for (const field of FIELDS[subject]) put(flat, s, field, field, asText(s[field]));
  put(flat, s, 'cumulativeBp', 'cumulativePercent', percentOf(s.cumulativeBp));
  put(flat, s, 'completionBp', 'completionPercent', percentOf(s.completionBp));
  return flat;
}

function subjectOf(row: AuditRow): HistorySubject {
  if (row.entityType === 'item') return row.action.startsWith('quarterly_plan.') ? 'quarterly_plan' : 'item';
  return SUBJECT_OF[row.entityType] ?? 'item';
}

function shownFields(row: AuditRow, subject: HistorySubject, hasBefore: boolean): readonly string[] {
  const verb = row.action.slice(row.action.indexOf('.') + 1);
  if (!hasBefore) return CREATED_FIELDS[row.action] ?? FIELDS[subject];
  if (subject === 'report' || subject === 'indicator_value') return TRANSITION_FIELDS[verb] ?? FIELDS[subject];
  return FIELDS[subject];
}

/** Fields that differ; a field the record before does not have is shown when it has a value after. */
export function changesOf(row: AuditRow, subject: HistorySubject, before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const flatBefore = before ? flatten(subject, before) : {};
  const flatAfter = after ? flatten(subject, after) : {};
  const changes: FieldChange[] = [];
  for (const field of shownFields(row, subject, before !== null)) {
    const was = field in flatBefore ? (flatBefore[field] ?? null) : undefined;
    const now = field in flatAfter ? (flatAfter[field] ?? null) : null;
    if (was === undefined ? now !== null : was !== now) changes.push({ field, before: was ?? null, after: now });
  }
  return changes;
}

function periodOf(before: Snapshot | null, after: Snapshot | null): string | null {
  const period = after?.period ?? before?.period;
  return typeof period === 'string' ? period : null;
}

export function presentHistoryEntry(row: AuditRow, authors: Map<number, HistoryAuthor>): HistoryEntry {
  const subject = subjectOf(row);
  const before = parse(row.before);
  const after = parse(row.after);
  const author = row.userId === null ? undefined : authors.get(row.userId);
  return {
    id: row.id,
    /** The instant in Asia/Shanghai, with its offset. */
    at: shanghaiIso(row.at),
    /** Null: the system itself (a command run on the server). */
    actor: author ? { name: author.displayName, role: author.role } : row.userId === null ? null : { name: row.username ?? '', role: null },
    action: row.action,
    subject,
    period: periodOf(before, after),
    changes: changesOf(row, subject, before, after),
  };
}

export type PresentedHistoryEntry = ReturnType<typeof presentHistoryEntry>;
