import type {
  AliasCreate,
  Department,
  DepartmentCreateInput,
  DepartmentList,
  DepartmentPatchInput,
  OneDepartment,
} from '@plantrack/contract/organisation/departments.contract';
import type { OneSection, Section, SectionCreate, SectionList, SectionPatch } from '@plantrack/contract/organisation/sections.contract';
import { apiRequest } from '../../../shared/api/api-client';

/** Under ['departments'] so the pickers elsewhere refresh with the directory. */
export const directoryKeys = {
  departments: ['departments', 'directory'] as const,
  sections: (departmentId: number) => ['departments', departmentId, 'sections', 'directory'] as const,
};

export async function fetchDirectoryDepartments(signal?: AbortSignal): Promise<Department[]> {
  return (await apiRequest<DepartmentList>('/api/departments', { signal })).departments;
}

export async function createDepartment(input: DepartmentCreateInput): Promise<Department> {
  return (await apiRequest<OneDepartment>('/api/departments', { method: 'POST', body: input })).department;
}

export async function updateDepartment(id: number, input: DepartmentPatchInput): Promise<Department> {
  return (await apiRequest<OneDepartment>(`/api/departments/${id}`, { method: 'PATCH', body: input })).department;
}

export async function addDepartmentAlias(id: number, alias: string): Promise<Department> {
  const body: AliasCreate = { alias };
  return (await apiRequest<OneDepartment>(`/api/departments/${id}/aliases`, { method: 'POST', body })).department;
}

export async function deleteDepartmentAlias(id: number, aliasId: number): Promise<void> {
  await apiRequest<void>(`/api/departments/${id}/aliases/${aliasId}`, { method: 'DELETE' });
}

export async function fetchDirectorySections(departmentId: number, signal?: AbortSignal): Promise<Section[]> {
  return (await apiRequest<SectionList>(`/api/departments/${departmentId}/sections`, { signal })).sections;
}

export async function createSection(departmentId: number, name: string): Promise<Section> {
  const body: SectionCreate = { name };
  return (await apiRequest<OneSection>(`/api/departments/${departmentId}/sections`, { method: 'POST', body })).section;
}

export async function renameSection(id: number, name: string, version: number): Promise<Section> {
  const body: SectionPatch = { name, version };
  return (await apiRequest<OneSection>(`/api/sections/${id}`, { method: 'PATCH', body })).section;
}
