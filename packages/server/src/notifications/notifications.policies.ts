import { capabilityTable } from '../auth/capabilities.js';
import { ROLES } from '../auth/roles.js';

/** Every account reads and marks its own notifications (the query keeps it to its own). */
export const NOTIFICATIONS = capabilityTable('notifications', {
  readOwn: ROLES,
});
