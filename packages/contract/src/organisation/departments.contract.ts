/** The directory's departments (部门), with the other names people use for them (别名). */
import { z } from 'zod';
import { DEPARTMENT_KINDS } from '../enums.js';
import { OptionalText, VersionField } from '../shared.contract.js';

/** Any name of a department as typed; stored normalised (see normaliseDepartmentName). */
export const DepartmentName = z.string().trim().min(1).max(100);

const DepartmentFields = {
  name: DepartmentName,
  shortName: DepartmentName,
  kind: z.enum(DEPARTMENT_KINDS),
  note: OptionalText(1000),
};

export const DepartmentCreate = z
  .strictObject({ ...DepartmentFields, aliases: z.array(DepartmentName).max(20) })
  .partial()
  .required({ name: true, shortName: true });
export type DepartmentCreate = z.infer<typeof DepartmentCreate>;
export type DepartmentCreateInput = z.input<typeof DepartmentCreate>;

export const DepartmentPatch = z
  .strictObject({ version: VersionField, ...DepartmentFields })
  .partial()
  .required({ version: true });
export type DepartmentPatch = z.infer<typeof DepartmentPatch>;
export type DepartmentPatchInput = z.input<typeof DepartmentPatch>;

export const AliasCreate = z.strictObject({ alias: DepartmentName });
export type AliasCreate = z.infer<typeof AliasCreate>;

export const AliasParams = z.strictObject({ id: z.coerce.number().int().positive(), aliasId: z.coerce.number().int().positive() });

export const Department = z
  .object({
    id: z.number().int(),
    name: z.string(),
    shortName: z.string(),
    kind: z.enum(DEPARTMENT_KINDS),
    note: z.string().nullable(),
    source: z.string().nullable().describe('由哪次导入建立；手工新建为 null'),
    aliases: z.array(z.object({ id: z.number().int(), alias: z.string() })),
    sectionCount: z.number().int(),
    version: z.number().int(),
    updatedAt: z.string(),
    policies: z.object({ canEdit: z.boolean(), canEditSections: z.boolean() }),
  })
  .meta({ id: 'Department' });
export type Department = z.infer<typeof Department>;

export const DepartmentList = z.object({ departments: z.array(Department) });
export type DepartmentList = z.infer<typeof DepartmentList>;
export const OneDepartment = z.object({ department: Department });
export type OneDepartment = z.infer<typeof OneDepartment>;
