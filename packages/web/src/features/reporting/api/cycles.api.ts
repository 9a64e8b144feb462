import type {
  Cycle,
  CycleCreate,
  CycleDepartments,
  CycleList,
  DepartmentProgress,
  OneCycle,
  OneReminder,
  OverdueReminders,
  CycleReopen,
  Reminder,
} from '@plantrack/contract/reporting/cycles.contract';
import { apiRequest } from '../../../shared/api/api-client';

// Under `cycles`: whatever refreshes the cycles (open, close, reopen) refreshes their progress too.
export const cycleKeys = { all: ['cycles'] as const, departments: (id: number) => ['cycles', id, 'departments'] as const };

export async function fetchCycles(signal?: AbortSignal): Promise<Cycle[]> {
  return (await apiRequest<CycleList>('/api/cycles', { signal })).cycles;
}

export async function openCycle(input: CycleCreate): Promise<Cycle> {
  return (await apiRequest<OneCycle>('/api/cycles', { method: 'POST', body: input })).cycle;
}

export async function closeCycle(id: number, version: number): Promise<Cycle> {
  return (await apiRequest<OneCycle>(`/api/cycles/${id}/close`, { method: 'POST', body: { version } })).cycle;
}

export async function reopenCycle(id: number, input: CycleReopen): Promise<Cycle> {
  return (await apiRequest<OneCycle>(`/api/cycles/${id}/reopen`, { method: 'POST', body: input })).cycle;
}

export async function fetchCycleDepartments(id: number, signal?: AbortSignal): Promise<DepartmentProgress[]> {
  return (await apiRequest<CycleDepartments>(`/api/cycles/${id}/departments`, { signal })).departments;
}

export async function remindDepartment(cycleId: number, departmentId: number): Promise<Reminder> {
  return (await apiRequest<OneReminder>(`/api/cycles/${cycleId}/departments/${departmentId}/remind`, { method: 'POST' })).reminder;
}

export async function remindOverdueDepartments(cycleId: number): Promise<OverdueReminders> {
  return apiRequest<OverdueReminders>(`/api/cycles/${cycleId}/remind-overdue`, { method: 'POST' });
}
