/** The caller's organisation (a city) and the ones directly under it (its districts). */
import { z } from 'zod';

export const ORGANISATION_LEVELS = ['province', 'city', 'district'] as const;

export const Organisation = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    level: z.enum(ORGANISATION_LEVELS),
    parentId: z.number().int().nullable(),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof Organisation>;

export const OwnOrganisations = z.object({ organisation: Organisation, children: z.array(Organisation) });
export type OwnOrganisations = z.infer<typeof OwnOrganisations>;
