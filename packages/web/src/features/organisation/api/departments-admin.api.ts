import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';

export const DEPARTMENT_KINDS = ['department', 'district', 'office'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** A department as the directory page edits it: names, aliases, section count, version and what the caller may do. */
export const DirectoryDepartment = z.object({
  id: z.number(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(DEPARTMENT_KINDS),
  note: z.nullable(z.string()),
  aliases: z.array(z.object({ id: z.number(), alias: z.string() })),
  sectionCount: z.number(),
  version: z.number(),
  policies: z.object({ canEdit: z.boolean(), canEditSections: z.boolean() }),
});
export type DirectoryDepartment = z.infer<typeof DirectoryDepartment>;

export const DirectorySection = z.object({ id: z.number(), departmentId: z.number(), name: z.string(), version: z.number() });
export type DirectorySection = z.infer<typeof DirectorySection>;

const OneDepartment = z.object({ department: DirectoryDepartment });
const OneSection = z.object({ section: DirectorySection });

export interface DepartmentInput {
  name: string;
  shortName: string;
  kind: DepartmentKind;
  note: string | null;
}

/** Under ['departments'] so the pickers elsewhere refresh with the directory. */
export const directoryKeys = {
  departments: ['departments', 'directory'] as const,
  sections: (departmentId: number) => ['departments', departmentId, 'sections', 'directory'] as const,
};

export async function fetchDirectoryDepartments(signal?: AbortSignal): Promise<DirectoryDepartment[]> {
  return (await apiRequest('/api/departments', { schema: z.object({ departments: z.array(DirectoryDepartment) }), signal })).departments;
}

export async function createDepartment(input: DepartmentInput): Promise<DirectoryDepartment> {
  return (await apiRequest('/api/departments', { method: 'POST', body: input, schema: OneDepartment })).department;
}

export async function updateDepartment(id: number, input: Partial<DepartmentInput> & { version: number }): Promise<DirectoryDepartment> {
  return (await apiRequest(`/api/departments/${id}`, { method: 'PATCH', body: input, schema: OneDepartment })).department;
}

export async function addDepartmentAlias(id: number, alias: string): Promise<DirectoryDepartment> {
  return (await apiRequest(`/api/departments/${id}/aliases`, { method: 'POST', body: { alias }, schema: OneDepartment })).department;
}

export async function deleteDepartmentAlias(id: number, aliasId: number): Promise<void> {
  await apiRequest(`/api/departments/${id}/aliases/${aliasId}`, { method: 'DELETE', schema: z.unknown() });
}

export async function fetchDirectorySections(departmentId: number, signal?: AbortSignal): Promise<DirectorySection[]> {
  return (await apiRequest(`/api/departments/${departmentId}/sections`, { schema: z.object({ sections: z.array(DirectorySection) }), signal })).sections;
}

export async function createSection(departmentId: number, name: string): Promise<DirectorySection> {
  return (await apiRequest(`/api/departments/${departmentId}/sections`, { method: 'POST', body: { name }, schema: OneSection })).section;
}

export async function renameSection(id: number, name: string, version: number): Promise<DirectorySection> {
  return (await apiRequest(`/api/sections/${id}`, { method: 'PATCH', body: { name, version }, schema: OneSection })).section;
}
