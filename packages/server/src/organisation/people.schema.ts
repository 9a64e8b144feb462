import { z } from 'zod';
import { OptionalText, VersionField } from '../shared/schemas.js';
import { DepartmentName } from './departments.schema.js';

export const PERSON_KINDS = ['leader', 'staff'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

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

export const PersonPatch = z
  .strictObject({ version: VersionField, ...PersonFields })
  .partial()
  .required({ version: true });
export type PersonPatch = z.infer<typeof PersonPatch>;
