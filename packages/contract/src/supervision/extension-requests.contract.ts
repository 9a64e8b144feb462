/** Extension requests (延期申请): the lead department asks for a later deadline; the office or the item's leader decides. */
import { z } from 'zod';
import { EXTENSION_STATUSES } from '../enums.js';
import { DateText, OptionalText, PageQuery, VersionField } from '../shared.contract.js';
import { LeadDepartment, StepActor, SupervisedItem } from './supervision-orders.contract.js';

export const ExtensionRequestCreate = z.strictObject({ requestedDeadline: DateText, reason: z.string().trim().min(1).max(2000) });
export type ExtensionRequestCreate = z.infer<typeof ExtensionRequestCreate>;
export type ExtensionRequestCreateInput = z.input<typeof ExtensionRequestCreate>;

export const ExtensionApprove = z.strictObject({ version: VersionField, comment: OptionalText(2000).optional() });
export type ExtensionApprove = z.infer<typeof ExtensionApprove>;
export type ExtensionApproveInput = z.input<typeof ExtensionApprove>;

/** A refusal says why, so the department knows what to do instead. */
export const ExtensionReject = z.strictObject({ version: VersionField, comment: z.string().trim().min(1).max(2000) });
export type ExtensionReject = z.infer<typeof ExtensionReject>;
export type ExtensionRejectInput = z.input<typeof ExtensionReject>;

export const ExtensionRequestListQuery = z.strictObject({
  status: z.enum(EXTENSION_STATUSES).optional(),
  /** A department id or any of its names (市发改委 = 市发展改革委): requests on items it leads or co-operates on. */
  department: z.string().max(100).optional(),
  ...PageQuery,
});
export type ExtensionRequestListQuery = z.infer<typeof ExtensionRequestListQuery>;

/** An extension request with what the caller may decide. */
export const ExtensionRequest = z
  .object({
    id: z.number().int(),
    item: SupervisedItem,
    leadDepartment: LeadDepartment.nullable(),
    currentDeadline: z.string().nullable().describe('申请时的完成时限；条目未定时限时为 null'),
    requestedDeadline: z.string(),
    reason: z.string(),
    status: z.enum(EXTENSION_STATUSES),
    statusLabel: z.string(),
    requestedBy: StepActor.nullable(),
    requestedAt: z.string(),
    decidedBy: StepActor.nullable(),
    decidedAt: z.string().nullable(),
    decisionComment: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
    policies: z.object({ canApprove: z.boolean(), canReject: z.boolean() }),
  })
  .meta({ id: 'ExtensionRequest' });
export type ExtensionRequest = z.infer<typeof ExtensionRequest>;

export const ExtensionRequestPage = z.object({
  extensionRequests: z.array(ExtensionRequest),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ExtensionRequestPage = z.infer<typeof ExtensionRequestPage>;

export const ItemExtensionRequests = z.object({ extensionRequests: z.array(ExtensionRequest), policies: z.object({ canRequestExtension: z.boolean() }) });
export type ItemExtensionRequests = z.infer<typeof ItemExtensionRequests>;

export const OneExtensionRequest = z.object({ extensionRequest: ExtensionRequest });
export type OneExtensionRequest = z.infer<typeof OneExtensionRequest>;
