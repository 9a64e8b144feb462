import { z } from 'zod';
import { VersionField } from '../shared/schemas.js';

export const IndicatorValueVersionBody = z.strictObject({ version: VersionField });

export const IndicatorValueApproveBody = z.strictObject({ version: VersionField, comment: z.string().trim().max(2000).optional() });

export const IndicatorValueReturnBody = z.strictObject({ version: VersionField, comment: z.string().trim().min(2, '退回须写明原因').max(2000) });
