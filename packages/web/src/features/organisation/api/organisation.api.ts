import type { PersonKind } from '@plantrack/contract/enums';
import type { Department, DepartmentList } from '@plantrack/contract/organisation/departments.contract';
import type { Person, PersonList } from '@plantrack/contract/organisation/people.contract';
import type { Section, SectionList } from '@plantrack/contract/organisation/sections.contract';
import { apiRequest } from '../../../shared/api/api-client';

export const organisationKeys = {
  departments: ['departments'] as const,
  people: (kind: PersonKind, department?: number) => ['people', { kind, department }] as const,
  sections: (departmentId: number) => ['departments', departmentId, 'sections'] as const,
};

export async function fetchDepartments(signal?: AbortSignal): Promise<Department[]> {
  return (await apiRequest<DepartmentList>('/api/departments', { signal })).departments;
}

export async function fetchPeople(kind: PersonKind, department: number | undefined, signal?: AbortSignal): Promise<Person[]> {
  return (await apiRequest<PersonList>('/api/people', { query: { kind, department }, signal })).people;
}

export async function fetchSections(departmentId: number, signal?: AbortSignal): Promise<Section[]> {
  return (await apiRequest<SectionList>(`/api/departments/${departmentId}/sections`, { signal })).sections;
}
