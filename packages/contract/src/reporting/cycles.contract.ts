/** Reporting cycles (报送周期): opening, closing, reopening, and each department's reporting in one. */
import { z } from 'zod';
import { DateText, PeriodText, VersionField } from '../shared.contract.js';

export const CycleCreate = z.strictObject({ period: PeriodText, deadline: DateText });
export type CycleCreate = z.input<typeof CycleCreate>;
export const CycleClose = z.strictObject({ version: VersionField });
export const CycleReopen = z.strictObject({ version: VersionField, reason: z.string().trim().min(2).max(500), deadline: DateText.optional() });
export type CycleReopen = z.input<typeof CycleReopen>;
export const CycleDepartmentParams = z.strictObject({ id: z.coerce.number().int().positive(), departmentId: z.coerce.number().int().positive() });

export const CYCLE_STATUSES = ['open', 'closed'] as const;

export const Cycle = z
  .object({
    id: z.number().int(),
    period: z.string().describe('季度，如 2023Q2'),
    periodLabel: z.string().describe('2023年第二季度'),
    deadline: z.string().describe('报送截止日 YYYY-MM-DD'),
    status: z.enum(CYCLE_STATUSES),
    isOpen: z.boolean(),
    isPastDeadline: z.boolean(),
    closedAt: z.string().nullable(),
    reportCounts: z.object({ draft: z.number().int(), submitted: z.number().int(), returned: z.number().int(), approved: z.number().int() }),
    version: z.number().int(),
  })
  .meta({
    id: 'Cycle',
    example: {
      id: 7,
      period: '2024Q2',
      periodLabel: '2024年第二季度',
      deadline: '2024-07-10',
      status: 'open',
      isOpen: true,
      isPastDeadline: false,
      closedAt: null,
      reportCounts: { draft: 12, submitted: 30, returned: 2, approved: 41 },
      version: 1,
    },
  });
export type Cycle = z.infer<typeof Cycle>;

export const CycleList = z.object({ cycles: z.array(Cycle) });
export type CycleList = z.infer<typeof CycleList>;
export const OneCycle = z.object({ cycle: Cycle });
export type OneCycle = z.infer<typeof OneCycle>;

/** One department's reporting in a cycle: 应报 owed, 已报 reported, 已审 approved, 未报 missing, 报送率. */
export const DepartmentProgress = z
  .object({
    departmentId: z.number().int(),
    departmentName: z.string(),
    departmentShortName: z.string(),
    owed: z.number().int(),
    reported: z.number().int(),
    approved: z.number().int(),
    missing: z.number().int(),
    reportedRate: z.number().int().describe('已报 / 应报，整数百分比，向下取整'),
    isOverdue: z.boolean(),
    reminders: z.object({ count: z.number().int(), lastSentAt: z.string().nullable() }),
  })
  .meta({
    id: 'DepartmentProgress',
    example: {
      departmentId: 12,
      departmentName: '市科学技术局',
      departmentShortName: '市科技局',
      owed: 9,
      reported: 6,
      approved: 4,
      missing: 3,
      reportedRate: 66,
      isOverdue: true,
      reminders: { count: 1, lastSentAt: '2024-07-11T09:30:00+08:00' },
    },
  });
export type DepartmentProgress = z.infer<typeof DepartmentProgress>;
export const CycleDepartments = z.object({ cycle: Cycle, departments: z.array(DepartmentProgress) });
export type CycleDepartments = z.infer<typeof CycleDepartments>;

export const REMINDER_EMAIL_STATUSES = ['sent', 'partly_sent', 'failed', 'not_configured', 'no_address'] as const;
export const Reminder = z
  .object({
    departmentId: z.number().int(),
    sentAt: z.string(),
    notified: z.number().int().describe('收到站内通知的人数'),
    emailed: z.number().int(),
    emailStatus: z.enum(REMINDER_EMAIL_STATUSES),
  })
  .meta({ id: 'Reminder' });
export type Reminder = z.infer<typeof Reminder>;
export const OneReminder = z.object({ reminder: Reminder });
export type OneReminder = z.infer<typeof OneReminder>;
export const OverdueReminders = z.object({ reminders: z.array(Reminder), skipped: z.number().int() });
export type OverdueReminders = z.infer<typeof OverdueReminders>;
