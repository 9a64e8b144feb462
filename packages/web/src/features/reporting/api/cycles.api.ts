import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';

export const Cycle = z.object({
  id: z.number(),
  period: z.string(),
  deadline: z.string(),
  status: z.enum(['open', 'closed']),
  isOpen: z.boolean(),
  isPastDeadline: z.boolean(),
  closedAt: z.nullable(z.string()),
  reportCounts: z.object({ draft: z.number(), submitted: z.number(), returned: z.number(), approved: z.number() }),
  version: z.number(),
});
export type Cycle = z.infer<typeof Cycle>;

const OneCycle = z.object({ cycle: Cycle });

/** One department's reporting in a cycle (GET /api/cycles/:id/departments). */
export const DepartmentProgress = z.object({
  departmentId: z.number(),
  departmentName: z.string(),
  departmentShortName: z.string(),
  owed: z.number(),
  reported: z.number(),
  approved: z.number(),
  missing: z.number(),
  reportedRate: z.number(),
  isOverdue: z.boolean(),
  reminders: z.object({ count: z.number(), lastSentAt: z.nullable(z.string()) }),
});
export type DepartmentProgress = z.infer<typeof DepartmentProgress>;

export const Reminder = z.object({
  departmentId: z.number(),
  sentAt: z.string(),
  notified: z.number(),
  emailed: z.number(),
  emailStatus: z.enum(['sent', 'partly_sent', 'failed', 'not_configured', 'no_address']),
});
export type Reminder = z.infer<typeof Reminder>;

// Under `cycles`: whatever refreshes the cycles (open, close, reopen) refreshes their progress too.
export const cycleKeys = { all: ['cycles'] as const, departments: (id: number) => ['cycles', id, 'departments'] as const };

export async function fetchCycles(signal?: AbortSignal): Promise<Cycle[]> {
  return (await apiRequest('/api/cycles', { schema: z.object({ cycles: z.array(Cycle) }), signal })).cycles;
}

export async function openCycle(input: { period: string; deadline: string }): Promise<Cycle> {
  return (await apiRequest('/api/cycles', { method: 'POST', body: input, schema: OneCycle })).cycle;
}

export async function closeCycle(id: number, version: number): Promise<Cycle> {
  return (await apiRequest(`/api/cycles/${id}/close`, { method: 'POST', body: { version }, schema: OneCycle })).cycle;
}

export async function reopenCycle(id: number, input: { version: number; reason: string; deadline?: string }): Promise<Cycle> {
  return (await apiRequest(`/api/cycles/${id}/reopen`, { method: 'POST', body: input, schema: OneCycle })).cycle;
}

export async function fetchCycleDepartments(id: number, signal?: AbortSignal): Promise<DepartmentProgress[]> {
  return (await apiRequest(`/api/cycles/${id}/departments`, { schema: z.object({ departments: z.array(DepartmentProgress) }), signal })).departments;
}

export async function remindDepartment(cycleId: number, departmentId: number): Promise<Reminder> {
  return (await apiRequest(`/api/cycles/${cycleId}/departments/${departmentId}/remind`, { method: 'POST', schema: z.object({ reminder: Reminder }) })).reminder;
}

export async function remindOverdueDepartments(cycleId: number): Promise<{ reminders: Reminder[]; skipped: number }> {
  return apiRequest(`/api/cycles/${cycleId}/remind-overdue`, { method: 'POST', schema: z.object({ reminders: z.array(Reminder), skipped: z.number() }) });
}
