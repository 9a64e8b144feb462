/** A period's indicator value: drafted by the department, submitted by its head, reviewed by the office. Answers the whole indicator. */
import { z } from 'zod';
import { DecimalText, IdParam, OptionalText, PeriodText, VersionField } from '../shared.contract.js';

export const IndicatorValueParams = IdParam.extend({ period: PeriodText });

export const IndicatorValueBody = z.strictObject({
  value: DecimalText.nullable(),
  provincialRank: z.number().int().min(1).max(100).nullable(),
  note: OptionalText(1000),
  version: VersionField.optional(),
});
export type IndicatorValueBody = z.infer<typeof IndicatorValueBody>;
export type IndicatorValueBodyInput = z.input<typeof IndicatorValueBody>;

export const IndicatorValueVersionBody = z.strictObject({ version: VersionField });

export const IndicatorValueApproveBody = z.strictObject({ version: VersionField, comment: z.string().trim().max(2000).optional() });
export type IndicatorValueApproveBody = z.input<typeof IndicatorValueApproveBody>;

export const IndicatorValueReturnBody = z.strictObject({ version: VersionField, comment: z.string().trim().min(2, '退回须写明原因').max(2000) });
export type IndicatorValueReturnBody = z.input<typeof IndicatorValueReturnBody>;
