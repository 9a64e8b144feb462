import { z } from 'zod';
import { VersionField } from '../shared/schemas.js';

const SectionName = z.string().trim().min(1).max(100);

export const SectionCreate = z.strictObject({ name: SectionName });
export type SectionCreate = z.infer<typeof SectionCreate>;

export const SectionPatch = z.strictObject({ version: VersionField, name: SectionName }).partial().required({ version: true });
export type SectionPatch = z.infer<typeof SectionPatch>;
