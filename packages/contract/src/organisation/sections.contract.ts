/** A department's sections (科室). */
import { z } from 'zod';
import { VersionField } from '../shared.contract.js';

const SectionName = z.string().trim().min(1).max(100);

export const SectionCreate = z.strictObject({ name: SectionName });
export type SectionCreate = z.infer<typeof SectionCreate>;

export const SectionPatch = z.strictObject({ version: VersionField, name: SectionName }).partial().required({ version: true });
export type SectionPatch = z.infer<typeof SectionPatch>;

export const Section = z
  .object({
    id: z.number().int(),
    departmentId: z.number().int(),
    name: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
    policies: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: 'Section' });
export type Section = z.infer<typeof Section>;

export const SectionList = z.object({ sections: z.array(Section) });
export type SectionList = z.infer<typeof SectionList>;
export const OneSection = z.object({ section: Section });
export type OneSection = z.infer<typeof OneSection>;
