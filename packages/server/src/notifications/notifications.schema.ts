import { z } from 'zod';
import { PageQuery } from '../shared/schemas.js';

export const NotificationListQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
  ...PageQuery,
});
export type NotificationListQuery = z.infer<typeof NotificationListQuery>;
