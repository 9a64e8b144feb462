/** The people of the plan: 市领导 (leaders) and departments' 工作人员 (staff), phones masked in lists. */
import { z } from 'zod';
import { PERSON_KINDS } from '../enums.js';
import { OptionalText, VersionField } from '../shared.contract.js';
import { DepartmentName } from './departments.contract.js';

export const PeopleListQuery = z.strictObject({
  kind: z.enum(PERSON_KINDS).optional(),
  /** A department's id, full name, short name or alias. */
  department: DepartmentName.optional(),
});
export type PeopleListQuery = z.infer<typeof PeopleListQuery>;

/** A phone number as offices write it (0631-5287000, 138 1234 5678); empty means none. */
const PhoneText = z
  .string()
  .trim()
  .max(30)
  .regex(/^[0-9+()\- ]*$/, '电话号码只能包含数字、空格、+、-和括号')
  .transform((s) => (s === '' ? null : s))
  .nullable();

const PersonFields = {
  name: z.string().trim().min(1).max(50),
  title: OptionalText(100),
  phone: PhoneText,
  departmentId: z.number().int().positive().nullable(),
  sectionId: z.number().int().positive().nullable(),
};

export const PersonCreate = z
  .strictObject({ kind: z.enum(PERSON_KINDS), ...PersonFields })
  .partial()
  .required({ kind: true, name: true });
export type PersonCreate = z.infer<typeof PersonCreate>;
export type PersonCreateInput = z.input<typeof PersonCreate>;

export const PersonPatch = z
  .strictObject({ version: VersionField, ...PersonFields })
  .partial()
  .required({ version: true });
export type PersonPatch = z.infer<typeof PersonPatch>;
export type PersonPatchInput = z.input<typeof PersonPatch>;

export const Person = z
  .object({
    id: z.number().int(),
    kind: z.enum(PERSON_KINDS),
    name: z.string(),
    title: z.string().nullable(),
    phone: z.string().nullable().describe('列表中打码；详情中对可见联系方式者为原文'),
    department: z.object({ id: z.number().int(), name: z.string().nullable(), shortName: z.string().nullable() }).nullable(),
    section: z.object({ id: z.number().int(), name: z.string().nullable() }).nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
    policies: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;

export const PersonList = z.object({ people: z.array(Person) });
export type PersonList = z.infer<typeof PersonList>;
export const OnePerson = z.object({ person: Person });
export type OnePerson = z.infer<typeof OnePerson>;
