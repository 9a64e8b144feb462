import { z } from 'zod';
import { DateText, PeriodText, VersionField } from '../shared/schemas.js';

export const CycleCreate = z.strictObject({ period: PeriodText, deadline: DateText });
export const CycleClose = z.strictObject({ version: VersionField });
export const CycleReopen = z.strictObject({ version: VersionField, reason: z.string().trim().min(2).max(500), deadline: DateText.optional() });
export type CycleReopen = z.infer<typeof CycleReopen>;
export const CycleDepartmentParams = z.strictObject({ id: z.coerce.number().int().positive(), departmentId: z.coerce.number().int().positive() });
