import { z } from 'zod';
import { OptionalText, VersionField } from '../shared/schemas.js';

export const DEPARTMENT_KINDS = ['department', 'district', 'office'] as const;

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

export const DepartmentPatch = z
  .strictObject({ version: VersionField, ...DepartmentFields })
  .partial()
  .required({ version: true });
export type DepartmentPatch = z.infer<typeof DepartmentPatch>;

export const AliasCreate = z.strictObject({ alias: DepartmentName });
export type AliasCreate = z.infer<typeof AliasCreate>;

export const AliasParams = z.strictObject({ id: z.coerce.number().int().positive(), aliasId: z.coerce.number().int().positive() });
