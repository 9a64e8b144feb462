import { z } from 'zod';
import { DateText, OptionalText, VersionField } from '../shared/schemas.js';

const Year = z.number().int().min(2000).max(2100);

export const PlanPatch = z
  .strictObject({
    version: VersionField,
    title: z.string().trim().min(1).max(300),
    shortTitle: OptionalText(100),
    startYear: Year,
    endYear: Year,
    issuer: OptionalText(200),
    announced: DateText.nullable(),
    implementsTitle: OptionalText(300),
    implementsDocNo: OptionalText(100),
    positioning: OptionalText(5000),
  })
  .partial()
  .required({ version: true });
export type PlanPatch = z.infer<typeof PlanPatch>;

export const AreaPatch = z
  .strictObject({
    version: VersionField,
    numeral: z.string().trim().min(1).max(10),
    title: z.string().trim().min(1).max(300),
    summary: OptionalText(5000),
    /** The area's quantified 2025 targets, one sentence each. */
    targets: z.array(z.string().trim().min(1).max(500)).max(50),
  })
  .partial()
  .required({ version: true });
export type AreaPatch = z.infer<typeof AreaPatch>;
