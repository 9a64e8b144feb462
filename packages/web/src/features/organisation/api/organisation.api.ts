import * as z from 'zod/mini';
import { apiRequest } from '../../../shared/api/api-client';

export const Department = z.object({
  id: z.number(),
  name: z.string(),
  shortName: z.string(),
  kind: z.nullish(z.string()),
  aliases: z._default(z.array(z.object({ id: z.number(), alias: z.string() })), []),
});
export type Department = z.infer<typeof Department>;

export const Person = z.object({
  id: z.number(),
  kind: z.enum(['leader', 'staff']),
  name: z.string(),
  title: z.nullish(z.string()),
  phone: z.nullish(z.string()),
});
export type Person = z.infer<typeof Person>;

export const Section = z.object({ id: z.number(), departmentId: z.number(), name: z.string() });
export type Section = z.infer<typeof Section>;

export const organisationKeys = {
  departments: ['departments'] as const,
  people: (kind: Person['kind'], department?: number) => ['people', { kind, department }] as const,
  sections: (departmentId: number) => ['departments', departmentId, 'sections'] as const,
};

export async function fetchDepartments(signal?: AbortSignal): Promise<Department[]> {
  return (await apiRequest('/api/departments', { schema: z.object({ departments: z.array(Department) }), signal })).departments;
}

export async function fetchPeople(kind: Person['kind'], department: number | undefined, signal?: AbortSignal): Promise<Person[]> {
  return (await apiRequest('/api/people', { query: { kind, department }, schema: z.object({ people: z.array(Person) }), signal })).people;
}

export async function fetchSections(departmentId: number, signal?: AbortSignal): Promise<Section[]> {
  return (await apiRequest(`/api/departments/${departmentId}/sections`, { schema: z.object({ sections: z.array(Section) }), signal })).sections;
}
